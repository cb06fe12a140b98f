import { computeInvestment, type MoneyFigure } from '../../../src/charts/investment/computeInvestment';
import { estimateText } from '../../../src/charts/textMeasure';

const NAMES: Record<string, string> = { CHN: 'China', KAZ: 'Kazakhstan', TUR: 'Turkey' };
const money = (
  id: string,
  subject: string,
  counterpart: string,
  year: number | null,
  billions: number,
  reportedBy: string | null = 'Ministry',
): MoneyFigure => ({
  id,
  subject,
  counterpart,
  year,
  value: billions * 1e9,
  valueHigh: null,
  reportedBy,
  valueText: `$${billions} billion`,
  approximate: false,
  fromName: NAMES[subject]!,
  toName: NAMES[counterpart]!,
});

// Names are bidi isolates in the drawn words; the assertions read them without.
const words = (layout: ReturnType<typeof computeInvestment>) =>
  layout.lines
    .map((l) => l.text)
    .join(' ')
    .replace(/[\u2066-\u2069]/g, '');

describe('computeInvestment', () => {
  const figures = [
    money('chn-kaz-24', 'CHN', 'KAZ', 2024, 4, 'Chinese ministry'),
    money('chn-kaz-24b', 'CHN', 'KAZ', 2024, 3, 'Kazakh agency'),
    money('chn-kaz-22', 'CHN', 'KAZ', 2022, 2),
    money('chn-kaz-undated', 'CHN', 'KAZ', null, 5, null),
    money('kaz-chn-24', 'KAZ', 'CHN', 2024, 0.5),
  ];

  it('draws investor → recipient one way only, competing claims and a figure with no year together', () => {
    const layout = computeInvestment(figures, 600, estimateText);
    // China → Kazakhstan and Kazakhstan → China are two relationships, not one.
    expect(layout.order).toEqual(['chn-kaz-undated', 'chn-kaz-24', 'chn-kaz-24b', 'kaz-chn-24']);
    expect(layout.bars.map((b) => b.id)).toEqual(layout.order);
    expect(words(layout)).toContain('China → Kazakhstan, 2024');
    expect(words(layout)).toContain('Kazakhstan → China, 2024');
    expect(words(layout)).toContain('Year not stated');
    expect(words(layout)).toContain('Also reported for 2022');
    expect(layout.leftOut).toBe('1 figures for earlier years are not drawn as bars; they are in the table.');
  });

  it('draws every bar to one scale from zero', () => {
    const layout = computeInvestment(figures, 600, estimateText);
    const width = (id: string) => layout.bars.find((b) => b.id === id)!.bar.width;
    expect(width('chn-kaz-undated') / width('chn-kaz-24')).toBeCloseTo(5 / 4, 1);
  });

  it('counts the relationships past its limit', () => {
    const layout = computeInvestment(figures, 600, estimateText, 1);
    expect(layout.order).toEqual(['chn-kaz-undated', 'chn-kaz-24', 'chn-kaz-24b']);
    expect(layout.leftOut).toMatch(/^1 smaller relationships are not drawn/);
  });
});
