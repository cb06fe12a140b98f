import { estimateText } from '../../../src/charts/textMeasure';
import { computeTimeline, VERTICAL_BELOW } from '../../../src/charts/timeline/computeTimeline';
import {
  type Box,
  dateLine,
  spanLanes,
  type TimelineInput,
} from '../../../src/charts/timeline/timelineTypes';

const event = (
  id: string,
  date: string,
  precision: TimelineInput['precision'],
  scheduled = false,
): TimelineInput => ({
  id,
  date,
  precision,
  label: `Event ${id} with a label long enough to wrap onto a second line`,
  scheduled,
});

// The seed's shape: one event in 1991, a month-precision one, five on two adjacent days, one scheduled.
const seed = [
  event('soviet', '1991', 'year'),
  event('xi', '2025-06-16', 'day'),
  event('summit', '2025-06-17', 'day'),
  event('nuclear', '2025-06', 'month'),
  event('g7', '2025-06-16', 'day'),
  event('trump', '2025-06-17', 'day'),
  event('pause', '2025-07-09', 'day', true),
  event('merz', '2025-06-17', 'day'),
];
const WIDTHS = [300, 360, 599, 600, 900, 1300];

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('dateLine', () => {
  it('states the date only as precisely as it is known, and marks scheduled dates', () => {
    expect(dateLine(event('a', '1991', 'year'))).toBe('1991');
    expect(dateLine(event('b', '2025-06', 'month'))).toBe('June 2025 (day not given)');
    expect(dateLine(event('c', '2025-07-09', 'day', true))).toBe('Scheduled: 9 Jul 2025');
  });
});

describe('spanLanes', () => {
  it('puts overlapping spans in separate lanes and reuses free ones', () => {
    const lanes = spanLanes([
      { id: 'a', from: 0, to: 100 },
      { id: 'b', from: 50, to: 150 },
      { id: 'c', from: 120, to: 200 },
    ]);
    expect([lanes.get('a'), lanes.get('b'), lanes.get('c')]).toEqual([0, 1, 0]);
  });
});

describe('computeTimeline', () => {
  it('runs across wide charts and down narrow ones', () => {
    expect(computeTimeline(seed, VERTICAL_BELOW, estimateText).orientation).toBe('horizontal');
    expect(computeTimeline(seed, VERTICAL_BELOW - 1, estimateText).orientation).toBe('vertical');
  });

  it.each(WIDTHS)('draws days as points and months and years as whole spans (%d px)', (width) => {
    const layout = computeTimeline(seed, width, estimateText);
    const byId = new Map(layout.marks.map((m) => [m.id, m]));
    expect(byId.get('xi')!.point).not.toBeNull();
    expect(byId.get('xi')!.span).toBeNull();
    const along = (p: { x: number; y: number }) => (layout.orientation === 'horizontal' ? p.x : p.y);
    const june = byId.get('nuclear')!.span!;
    const [start, length] =
      layout.orientation === 'horizontal' ? [june.x, june.width] : [june.y, june.height];
    // The month span reaches from before 16 June to after 17 June: it covers the whole month.
    expect(start).toBeLessThan(along(byId.get('xi')!.point!));
    expect(start + length).toBeGreaterThan(along(byId.get('merz')!.point!));
    expect(along(byId.get('xi')!.point!)).toBeLessThan(along(byId.get('summit')!.point!));
    expect(along(byId.get('summit')!.point!)).toBeLessThan(along(byId.get('pause')!.point!));
    expect(byId.get('soviet')!.span).not.toBeNull();
    expect(layout.breaks).toHaveLength(1);
    expect(layout.marks[0]!.id).toBe('soviet');
  });

  it.each(WIDTHS)('never overlaps labels and keeps them inside the chart (%d px)', (width) => {
    const layout = computeTimeline(seed, width, estimateText);
    const boxes = layout.marks.map((m) => m.box);
    for (let i = 0; i < boxes.length; i++) {
      expect(boxes[i]!.x).toBeGreaterThanOrEqual(0);
      expect(boxes[i]!.x + boxes[i]!.width).toBeLessThanOrEqual(width);
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    }
    expect(layout.height).toBeGreaterThanOrEqual(Math.max(...boxes.map((b) => b.y + b.height)));
    for (const m of layout.marks) {
      m.lines.forEach((line, i) => {
        const w = estimateText(line.text, 12, i < m.boldLines ? 'bold' : 'normal');
        expect(line.x + w).toBeLessThanOrEqual(width);
      });
    }
  });

  it('keeps labels in time order down a vertical timeline, so leaders never cross', () => {
    const layout = computeTimeline(seed, 360, estimateText);
    const ys = layout.marks.map((m) => m.box.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });
});
