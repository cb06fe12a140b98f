import { computeScale, niceUnit, SCALE_COLUMNS, squaresFor } from '../../../src/charts/scale/computeScale';
import { estimateText } from '../../../src/charts/textMeasure';

const seed = [
  { id: 'ca', name: 'Central Asia', value: 80e6, valueText: '80 million people', meta: 'Reported' },
  { id: 'cn', name: 'China', value: 1.4e9, valueText: '1.4 billion people', meta: 'Reported' },
];

describe('niceUnit', () => {
  it('picks a 1-2-5 round unit that keeps the largest value within 200 squares', () => {
    expect(niceUnit(1.4e9)).toBe(1e7);
    expect(niceUnit(2e9)).toBe(1e7);
    expect(niceUnit(2.1e9)).toBe(2e7);
    expect(niceUnit(150)).toBe(1);
    expect(niceUnit(0)).toBe(1);
  });
});

describe('squaresFor', () => {
  it('draws a partial last square in proportion', () => {
    const squares = squaresFor(2.5, 20, 0);
    expect(squares).toHaveLength(3);
    expect(squares[2]!.width).toBeCloseTo(squares[0]!.width / 2, 5);
  });
  it('wraps rows after SCALE_COLUMNS squares', () => {
    const squares = squaresFor(SCALE_COLUMNS + 1, 10, 0);
    expect(squares.at(-1)).toMatchObject({ x: 0, y: 10 });
  });
});

describe('computeScale', () => {
  it('gives each population its squares at one shared unit: 140 and 8', () => {
    const layout = computeScale(seed, 640, estimateText);
    expect(layout.unit).toBe(1e7);
    expect(layout.unitText).toBe('10 million people');
    expect(layout.rows.map((r) => [r.id, r.squares.length])).toEqual([
      ['cn', 140],
      ['ca', 8],
    ]);
  });

  it('isolates each name, so a right-to-left override cannot reverse the number after it', () => {
    const hostile = [{ ...seed[0]!, name: 'Central \u202eAsia' }, seed[1]!];
    const layout = computeScale(hostile, 640, estimateText);
    const titles = layout.rows.flatMap((r) => r.title.map((l) => l.text)).join(' ');
    expect(titles).toContain('\u2068Central \u202eAsia\u2069: 80 million people');
    const sentence = layout.ratio!.lines.map((l) => l.text).join(' ');
    expect(sentence).toContain('as many people as \u2068Central \u202eAsia\u2069.');
  });

  it('computes the 17.5 ratio and shows its formula', () => {
    const layout = computeScale(seed, 640, estimateText);
    expect(layout.ratio?.value).toBe(17.5);
    expect(layout.ratio?.formula).toBe('1.4 billion ÷ 80 million = 17.5');
    const words = layout
      .ratio!.lines.map((l) => l.text)
      .join(' ')
      .replace(/[\u2068\u2069]/g, '');
    expect(words).toContain('China has 17.5 times as many people as Central Asia.');
    expect(words).toContain('Computed:');
  });

  it('keeps the smaller population legible: squares of at least 9 px, even at 320 px wide', () => {
    for (const width of [320, 360, 1200]) {
      const layout = computeScale(seed, width, estimateText);
      const small = layout.rows.find((r) => r.id === 'ca')!;
      expect(small.squares[0]!.size).toBeGreaterThanOrEqual(9);
      for (const r of layout.rows)
        for (const s of r.squares) expect(s.x + s.width).toBeLessThanOrEqual(width);
      for (const line of layout.ratio!.lines)
        expect(line.x + estimateText(line.text, 13)).toBeLessThanOrEqual(width);
    }
  });

  it('has no ratio with a single population', () => {
    expect(computeScale(seed.slice(0, 1), 640, estimateText).ratio).toBeNull();
  });

  const iran = (id: string, value: number, meta: string) => ({
    id,
    name: 'Iran',
    value,
    valueText: `${value / 1e6} million people`,
    meta,
  });
  const competing = [
    iran('ir1', 87.6e6, 'Reported, source not stated'),
    iran('ir2', 86.2e6, 'Reported by census officials'),
    iran('ir3', 86.3e6, 'Reported by the statistics office'),
  ];
  const flat = (lines: readonly { text: string }[]) =>
    lines
      .map((l) => l.text)
      .join(' ')
      .replace(/[\u2068\u2069]/g, '');

  it('never compares a place with itself: competing figures for one place give no ratio', () => {
    const layout = computeScale(competing, 640, estimateText);
    expect(layout.rows.map((r) => r.id)).toEqual(['ir1', 'ir3', 'ir2']);
    expect(layout.ratio).toBeNull();
    expect(flat(layout.rows[1]!.meta)).toContain('2 of 3 figures for Iran, not added together');
  });

  it('compares the largest place with the smallest other place, each place’s figures side by side', () => {
    const layout = computeScale([...competing, ...seed], 640, estimateText);
    expect(layout.rows.map((r) => r.id)).toEqual(['cn', 'ir1', 'ir3', 'ir2', 'ca']);
    expect(layout.ratio).toMatchObject({ bigId: 'cn', smallId: 'ca', value: 17.5 });
    const alone = computeScale([seed[1]!, ...competing], 640, estimateText);
    expect(alone.ratio).toMatchObject({ bigId: 'cn', smallId: 'ir2' });
  });

  it('first view: the largest figure of the first places, each naming its other figures', () => {
    const layout = computeScale([...competing, ...seed], 640, estimateText, 2);
    expect(layout.rows.map((r) => r.id)).toEqual(['cn', 'ir1']);
    expect(flat(layout.rows[1]!.meta)).toContain(
      'Also reported for Iran: 86.3 million people (by the statistics office); 86.2 million people (by census officials).',
    );
    expect(layout.ratio).toMatchObject({ bigId: 'cn', smallId: 'ir1' });
  });
});
