import { type ClaimPoint, computeClaims } from '../../../src/charts/claims/computeClaims';
import { estimateText } from '../../../src/charts/textMeasure';

const claim = (
  id: string,
  claimant: string,
  date: string,
  value: number,
  panel = 'Deaths in Kyrgyzstan',
): ClaimPoint => ({
  id,
  panel,
  claimant,
  date,
  value,
  valueHigh: null,
  valueText: String(value),
});

describe('computeClaims', () => {
  const claims = [
    claim('a', 'Ministry', '2022-09-16', 24),
    claim('b', 'Monitor', '2022-09-17', 31),
    claim('c', 'Ministry', '2022-09-18', 46),
    claim('d', 'Monitor', '2022-09-19', 62),
  ];

  it('draws one series per claimant, in date order, as steps that hold each value until the next report', () => {
    const layout = computeClaims(claims, 640, estimateText);
    const [panel] = layout.panels;
    expect(panel!.series.map((s) => [s.claimant, s.points.map((p) => p.id)])).toEqual([
      ['Ministry', ['a', 'c']],
      ['Monitor', ['b', 'd']],
    ]);
    const [first, second] = panel!.series[0]!.points;
    // Step after: horizontal at the first value to the second date, then vertical.
    const r = (n: number) => Math.round(n * 1000) / 1000;
    expect(panel!.series[0]!.path).toBe(
      `M${r(first!.at.x)},${r(first!.at.y)}L${r(second!.at.x)},${r(first!.at.y)}L${r(second!.at.x)},${r(second!.at.y)}`,
    );
    expect(second!.at.y).toBeLessThan(first!.at.y);
  });

  it('puts dates on one shared time scale across panels', () => {
    const layout = computeClaims(
      [
        ...claims,
        claim('e', 'Officials', '2022-09-17', 35, 'Deaths in Tajikistan'),
        claim('f', 'Officials', '2022-09-19', 41, 'Deaths in Tajikistan'),
      ],
      640,
      estimateText,
    );
    const x = (id: string) =>
      layout.panels.flatMap((p) => p.series.flatMap((s) => s.points)).find((p) => p.id === id)!.at.x;
    expect(x('e')).toBe(x('b'));
    expect(x('f')).toBe(x('d'));
  });

  it('says there is nothing to compare for a single claim and draws no line', () => {
    const layout = computeClaims([claim('a', 'Ministry', '2022-09-16', 24)], 640, estimateText);
    expect(layout.panels[0]!.series).toEqual([]);
    expect(layout.panels[0]!.single!.map((l) => l.text).join(' ')).toContain('Nothing to compare yet.');
    expect(layout.marks).toEqual([]);
  });

  it('labels each day at most once, however wide the chart', () => {
    for (const width of [320, 640, 1000, 1400]) {
      const ticks = computeClaims(claims, width, estimateText).panels[0]!.axis!.ticks.map((t) => t.text);
      expect(new Set(ticks).size, String(width)).toBe(ticks.length);
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]).not.toBe(ticks[i - 1]);
    }
  });

  it('keeps every label inside the chart at phone width', () => {
    const layout = computeClaims(claims, 320, estimateText);
    for (const p of layout.panels[0]!.series.flatMap((s) => s.points))
      expect(p.label.x + estimateText(p.label.text, 12, 'bold')).toBeLessThanOrEqual(320);
    for (const t of layout.panels[0]!.axis!.ticks)
      expect(t.x + estimateText(t.text, 12)).toBeLessThanOrEqual(320);
  });
});
