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

describe('computeTrade blocks', () => {
  it("writes a lone bar's note (other years) under its own lines, and a block's under its heading", () => {
    const [one] = alone([bar('China', 95e9)]);
    const layout = computeTrade([{ ...one!, headingNote: 'Also reported for 2023.' }], 640, [], estimateText);
    const texts = layout.lines.map((l) => l.text);
    expect(texts).toEqual(['China', '2024 · customs', 'Also reported for 2023.']);
    const block = computeTrade(
      [
        {
          ...one!,
          heading: 'China – Kyrgyzstan, 2024',
          headingNote: '2 claims.',
          bars: [bar('a', 2e9), bar('b', 1e9)],
        },
      ],
      640,
      [],
      estimateText,
    );
    expect(block.lines.map((l) => l.text).slice(0, 3)).toEqual([
      'China – Kyrgyzstan, 2024',
      '2 claims.',
      'a',
    ]);
  });

  it('draws a reported range as a span from the value to its top, labelled after the span', () => {
    const layout = computeTrade(
      alone([bar('A', 2e9, { valueHigh: 3e9 }), bar('B', 4e9)]),
      640,
      [],
      estimateText,
    );
    const a = layout.bars[0]!;
    const b = layout.bars[1]!;
    expect(a.span!.x).toBe(a.bar.x + a.bar.width);
    expect((a.bar.width + a.span!.width) / b.bar.width).toBeCloseTo(3 / 4, 5);
    expect(a.value.x).toBeGreaterThan(a.span!.x + a.span!.width);
  });

  it('draws a breakdown as segments up to the total, the remainder hatched, and an overshoot past it', () => {
    const [one] = alone([bar('China', 100e9)]);
    /** The China bar (100 billion) broken down into K and U, in billions. */
    const brokenDown = (k: number, u: number) =>
      computeTrade(
        [
          {
            ...one!,
            breakdown: {
              total: 100e9,
              parts: [
                { name: 'K', value: k * 1e9 },
                { name: 'U', value: u * 1e9 },
              ],
              lines: [],
            },
          },
        ],
        640,
        [],
        estimateText,
      );
    const with60 = brokenDown(40, 20);
    expect(with60.segments.map((s) => s.tone)).toEqual(['part', 'part-alt', 'remainder']);
    const [k, u, rest] = with60.segments;
    expect(rest!.x).toBeCloseTo(u!.x + u!.width, 6);
    expect((k!.width + u!.width + rest!.width) / with60.bars[0]!.bar.width).toBeCloseTo(1, 6);
    expect(brokenDown(70, 50).segments.map((s) => s.tone)).toEqual(['part', 'part-alt', 'overshoot']);
  });
});
