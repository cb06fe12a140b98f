import { TYPE } from '../../../src/charts/chartType';
import {
  type ClaimPoint,
  computeClaims,
  flowLegend,
  thinMarks,
} from '../../../src/charts/claims/computeClaims';
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
    const labels = layout.panels[0]!.series.flatMap((s) => s.points.flatMap((p) => p.label ?? []));
    expect(labels).toHaveLength(4);
    for (const l of labels) expect(l.x + estimateText(l.text, 12, 'bold')).toBeLessThanOrEqual(320);
    for (const t of layout.panels[0]!.axis!.ticks)
      expect(t.x + estimateText(t.text, 12)).toBeLessThanOrEqual(320);
  });
});

describe('a decade of claims', () => {
  // 500 claims over 2015–2024 in two places, two claimants each, with one spike in each series.
  const days = (i: number) =>
    new Date(Date.UTC(2015, 0, 1) + i * 7.3 * 86_400_000).toISOString().slice(0, 10);
  const decade = Array.from({ length: 500 }, (_, i) => {
    const place = i % 2 === 0 ? 'Deaths in Kyrgyzstan' : 'Deaths in Tajikistan';
    const value = i === 200 ? 9000 : i === 201 ? 7000 : 100 + (i % 37);
    return claim(`c${i}`, i % 4 < 2 ? 'Ministry' : 'Monitor', days(i), value, place);
  });
  const layout = computeClaims(decade, 640, estimateText);

  it('spans the decade on one time axis shared by every panel', () => {
    expect(layout.span![0]).toBe('1 Jan 2015');
    expect(layout.span![1]).toMatch(/2024$/);
    expect(layout.panels).toHaveLength(2);
    const ticks = layout.panels[0]!.axis!.ticks.map((t) => t.text);
    expect(ticks).toContain('2016');
    expect(ticks).toContain('2024');
    expect(layout.panels[1]!.axis!.ticks.map((t) => t.text)).toEqual(ticks);
  });

  it('ticks every year of the decade, in full where there is room and as ’16 on a phone', () => {
    const yearTicks = (width: number) =>
      computeClaims(decade, width, estimateText).panels[0]!.axis!.ticks.map((t) => t.text);
    expect(yearTicks(900)).toEqual(Array.from({ length: 10 }, (_, i) => String(2015 + i)));
    const phone = yearTicks(350);
    expect(phone).toEqual(Array.from({ length: 10 }, (_, i) => `’${15 + i}`));
    // Short labels still never touch: each sits in its own year's room.
    const ticks = computeClaims(decade, 350, estimateText).panels[0]!.axis!.ticks;
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x + estimateText(ticks[i - 1]!.text, 12));
  });

  it('thins the marks but keeps each extreme, and says how many lie on the lines only', () => {
    expect(layout.marks.length).toBeLessThan(500);
    expect(layout.marks.length + layout.thinned).toBe(500);
    const ids = new Set(layout.marks.map((m) => m.id));
    expect(ids.has('c200')).toBe(true);
    expect(ids.has('c201')).toBe(true);
    expect(ids.has('c0')).toBe(true);
  });

  it('keeps the highest of each crowd, and the first, last, lowest and highest of the series', () => {
    const points = [4, 9, 5, 1, 3, 6, 2, 7, 5].map((value, i) => ({ x: i * 4, value }));
    // Crowds of three points each (12 px): their highest are 9, 6 and 7.
    expect(thinMarks(points, 12).map((p) => p.value)).toEqual([4, 9, 1, 6, 7, 5]);
  });

  it('spans the time range when one is set, not only the claims in it', () => {
    const ranged = computeClaims(decade.slice(0, 50), 640, estimateText, { from: '2014', to: '2016-06' });
    expect(ranged.span).toEqual(['1 Jan 2014', '30 Jun 2016']);
  });

  it('draws at most six panels and names the rest', () => {
    const many = Array.from({ length: 16 }, (_, i) =>
      claim(`p${i}`, 'Ministry', days(i % 2), i, `Panel ${Math.floor(i / 2)}`),
    );
    const capped = computeClaims(many, 640, estimateText, { from: null, to: null });
    expect(capped.panels).toHaveLength(6);
    expect(capped.panelsLeftOut).toEqual(['Panel 6', 'Panel 7']);
  });
});

describe('flowLegend', () => {
  const claimants = [
    'the military',
    'the United Nations',
    'the Red Crescent',
    'an international monitoring group',
    'local officials',
    'the health ministry',
    'a regional rights group',
    'Claimant not stated',
  ];
  it('sets eight claimants side by side in a few lines, none past the edge or over another', () => {
    for (const width of [358, 640]) {
      const legend = flowLegend(claimants, width, estimateText, 0);
      expect(legend.filter((l) => l.style >= 0).map((l) => l.style)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      const lines = new Set(legend.map((l) => l.y));
      expect(lines.size).toBeLessThan(claimants.length);
      for (const l of legend) expect(l.x + estimateText(l.text, TYPE.small)).toBeLessThanOrEqual(width);
      const boxes = legend.map((l) => ({
        x: l.x - 22,
        y: l.y,
        right: l.x + estimateText(l.text, TYPE.small),
      }));
      for (const a of boxes)
        for (const b of boxes)
          if (a !== b && a.y === b.y) expect(a.right <= b.x || b.right <= a.x).toBe(true);
    }
  });
});
