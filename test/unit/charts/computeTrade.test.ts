import { estimateText } from '../../../src/charts/textMeasure';
import {
  computeTrade,
  type TradeBarInput,
  type TradeBlockInput,
} from '../../../src/charts/trade/computeTrade';

const bar = (id: string, value: number, over: Partial<TradeBarInput> = {}): TradeBarInput => ({
  id,
  name: id,
  value,
  valueText: `$${value / 1e9} billion`,
  approximate: false,
  valueHigh: null,
  meta: '2024 · customs',
  regional: null,
  ...over,
});

/** One block per bar, each drawn alone, in the order given (relationshipsFor ranks them). */
const alone = (bars: TradeBarInput[]): TradeBlockInput[] =>
  bars.map((b) => ({
    key: b.id,
    heading: null,
    headingNote: null,
    indent: false,
    bars: [b],
    breakdown: null,
    computed: [],
  }));

const seed = alone([
  bar('China', 95e9, { approximate: true, valueText: 'estimated $95 billion' }),
  bar('European Union', 64e9, { approximate: true, valueText: 'around $64 billion' }),
  bar('Russia', 44e9, { meta: 'year not stated · source not stated' }),
]);

describe('computeTrade', () => {
  it('scales bars linearly from zero, in the order given', () => {
    const layout = computeTrade(seed, 640, [], estimateText);
    expect(layout.bars.map((b) => b.id)).toEqual(['China', 'European Union', 'Russia']);
    const [china, eu, russia] = layout.bars;
    expect(eu!.bar.width / china!.bar.width).toBeCloseTo(64 / 95, 5);
    expect(russia!.bar.width / china!.bar.width).toBeCloseTo(44 / 95, 5);
    expect(layout.bars.every((b) => b.bar.x === 0)).toBe(true);
  });

  it('keeps every value label inside the chart, down to 320 px', () => {
    for (const width of [320, 360, 640, 1200]) {
      const layout = computeTrade(seed, width, [], estimateText);
      for (const b of layout.bars) {
        expect(b.value.x).toBeGreaterThanOrEqual(0);
        expect(b.value.x + estimateText(b.value.text, 14, 'bold')).toBeLessThanOrEqual(width + 0.5);
      }
    }
  });

  it('gives rows distinct, non-overlapping vertical bands', () => {
    const layout = computeTrade(seed, 360, [], estimateText);
    for (let i = 1; i < layout.bars.length; i++) {
      const prev = layout.bars[i - 1]!.hit;
      expect(layout.bars[i]!.hit.y).toBeGreaterThanOrEqual(prev.y + prev.height);
    }
    expect(layout.height).toBeGreaterThan(layout.bars.at(-1)!.hit.y);
  });

  it('marks only approximate bars with a hatched tip and shows the legend only then', () => {
    const layout = computeTrade(seed, 640, [], estimateText);
    expect(layout.bars.map((b) => b.approxTip !== null)).toEqual([true, true, false]);
    expect(layout.legend).not.toBeNull();
    const exact = computeTrade(alone([bar('A', 1e9), bar('B', 2e9)]), 640, [], estimateText);
    expect(exact.legend).toBeNull();
  });

  it('wraps the notes inside the chart width and adds their height', () => {
    const note = 'The European Union figure is for 2023, China for 2024; Russia year is not stated.';
    const without = computeTrade(seed, 360, [], estimateText);
    const withNotes = computeTrade(seed, 360, [note], estimateText);
    expect(withNotes.notes!.lines.length).toBeGreaterThan(1);
    for (const line of withNotes.notes!.lines)
      expect(line.x + estimateText(line.text, 12)).toBeLessThanOrEqual(360);
    expect(withNotes.height).toBeGreaterThan(without.height);
  });

  it('adds the regional note to the meta line', () => {
    const layout = computeTrade(
      alone([bar('China', 95e9, { regional: 'figure for Central Asia as a whole' })]),
      1200,
      [],
      estimateText,
    );
    expect(layout.lines.map((l) => l.text).join(' ')).toContain('figure for Central Asia as a whole');
  });
});
