import { estimateText } from '../../../src/charts/textMeasure';
import { computeTradeYears, type YearFigure } from '../../../src/charts/tradeYears/computeTradeYears';

const NAMES: Record<string, string> = { CHN: 'China', KGZ: 'Kyrgyzstan', RUS: 'Russia', KAZ: 'Kazakhstan' };
const fig = (
  id: string,
  subject: string,
  counterpart: string,
  year: number | null,
  billions: number,
  reportedBy: string | null,
): YearFigure => ({
  id,
  subject,
  counterpart,
  year,
  value: billions * 1e9,
  valueHigh: null,
  reportedBy,
  valueText: `$${billions} billion`,
  pair: `${NAMES[subject]} – ${NAMES[counterpart]}`,
  side: NAMES[subject]!,
});

const decade = Array.from({ length: 10 }, (_, i) => 2015 + i);
const figures = [
  ...decade.map((y, i) => fig(`chn-${y}`, 'CHN', 'KGZ', y, 10 + i, 'Chinese customs')),
  ...decade.map((y, i) => fig(`kgz-${y}`, 'KGZ', 'CHN', y, 2 + i / 2, 'Kyrgyz statistics')),
  fig('chn-imf-2020', 'CHN', 'KGZ', 2020, 14, 'IMF'),
  fig('kgz-undated', 'KGZ', 'CHN', null, 3, 'Kyrgyz ministry'),
  // One year only: no line to draw.
  fig('rus-kaz', 'RUS', 'KAZ', 2024, 26, 'Rosstat'),
];

describe('computeTradeYears', () => {
  const layout = computeTradeYears(figures, 640, estimateText);

  it('draws one multiple per relationship with two or more years, on an axis spanning them', () => {
    expect(layout.multiples.map((m) => m.key)).toEqual(['CHN|KGZ']);
    expect(layout.span).toEqual([2015, 2024]);
    const ticks = layout.multiples[0]!.axis.ticks.map((t) => t.text);
    expect(ticks[0]).toBe('2015');
    expect(ticks).toContain('2024');
  });

  it('draws one series per reporter, the mirror side’s dashed on the same axes', () => {
    const series = layout.multiples[0]!.series;
    expect(series.map((s) => [s.name.replace(/[\u2066-\u2069]/g, ''), s.mirror, s.points.length])).toEqual([
      ["China's figure, Chinese customs", false, 10],
      ["China's figure, IMF", false, 1],
      ["Kyrgyzstan's figure, Kyrgyz statistics", true, 10],
      ["Kyrgyzstan's figure, Kyrgyz ministry", true, 1],
    ]);
    // A line across the ten years: one move, then nine joins.
    const customs = series[0]!;
    expect(customs.path.match(/M/g)).toHaveLength(1);
    expect(customs.path.match(/L/g)).toHaveLength(9);
    const xs = customs.points.map((p) => p.at.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('keeps a figure with no year, beside the latest year in a "no year" column', () => {
    const undated = layout.marks.find((m) => m.id === 'kgz-undated')!;
    const latest = layout.marks.find((m) => m.id === 'chn-2024')!;
    expect(undated.undated).toBe(true);
    expect(undated.at.x).toBeGreaterThan(latest.at.x);
    expect(layout.multiples[0]!.axis.ticks.at(-1)?.text).toBe('no year');
  });

  it('labels latest values clear of each other, and the "no year" column clear of the last year', () => {
    for (const width of [340, 640]) {
      const multiple = computeTradeYears(figures, width, estimateText).multiples[0]!;
      const boxes = multiple.series
        .flatMap((s) => s.label ?? [])
        .map((l) => ({ x: l.x, y: l.y - 12, w: estimateText(l.text, 12, 'bold'), h: 14 }));
      expect(boxes.length, String(width)).toBeGreaterThan(0);
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(
            a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h,
            `${width}: labels overlap`,
          ).toBe(false);
      const [last, noYear] = multiple.axis.ticks.slice(-2);
      expect(last!.x + estimateText(last!.text, 12) + 4, String(width)).toBeLessThanOrEqual(noYear!.x);
    }
  });

  it('breaks the line at a missing year rather than inventing a value', () => {
    const gappy = computeTradeYears(
      [2015, 2016, 2019, 2020].map((y) => fig(`g-${y}`, 'CHN', 'KGZ', y, 5, 'Customs')),
      600,
      estimateText,
    );
    expect(gappy.multiples[0]!.series[0]!.path.match(/M/g)).toHaveLength(2);
  });
});
