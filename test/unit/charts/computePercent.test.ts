import { computePercent, percentNotes } from '../../../src/charts/percent/computePercent';
import { estimateText } from '../../../src/charts/textMeasure';

const pct = (id: string, row: string, value: number, year: number | null) => ({
  id,
  row,
  value,
  year,
  valueText: `${value}%`,
});

describe('computePercent', () => {
  const figures = [
    pct('a', 'Turkey → Russia · foreign debt', 40, 2019),
    pct('b', 'Turkey → Russia · foreign debt', 44, 2021),
    pct('c', 'China → Kazakhstan · exports', 150, 2022),
    pct('d', 'China → Kazakhstan · exports', 31, null),
  ];

  it('refuses a share over 100 and says so, drawing the rest', () => {
    const layout = computePercent(figures, 600, estimateText, { capAt100: true });
    expect(layout.refused).toEqual(['c']);
    expect(layout.order).not.toContain('c');
    expect(layout.order).toEqual(expect.arrayContaining(['a', 'b', 'd']));
    expect(percentNotes(layout)).toMatch(/^1 share is over 100% and not drawn/);
    expect(layout.axis.ticks.at(-1)?.text).toBe('100%');
  });

  it('draws a tariff over 100 on a scale that reaches it', () => {
    const layout = computePercent(figures, 600, estimateText, { capAt100: false });
    expect(layout.refused).toEqual([]);
    const dot = layout.rows.flatMap((r) => r.dots).find((d) => d.id === 'c')!;
    const fifty = layout.rows.flatMap((r) => r.dots).find((d) => d.id === 'b')!;
    expect(dot.at.x).toBeGreaterThan(fifty.at.x);
    expect(dot.at.x).toBeLessThanOrEqual(600);
  });

  it('puts one row per subject, partner and measure, its years on one line, the latest filled', () => {
    const layout = computePercent(figures, 600, estimateText, { capAt100: true });
    const turkey = layout.rows.find((r) => r.name[0]!.text.startsWith('Turkey'))!;
    expect(turkey.dots.map((d) => [d.id, d.latest])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(new Set(turkey.dots.map((d) => d.at.y)).size).toBe(1);
    expect(turkey.label.text).toBe('44% (2021)');
  });
});
