import type { Figure, TimelineEvent } from '../data/schema';
import type { Matched } from '../state/selectors';
import { type CapNote, capForDisplay } from './capForDisplay';
import { CHARTS, type RegisteredChart } from './registry';
import type { Cap } from './spec';

// The transform before the charts draw: the visible records split by chart, each chart capped at
// what it can draw legibly, with a note for each cap. Pure; the panel memoises it per filter state.

const CAP_NAMES: Record<string, string> = {
  trade: 'Trade',
  deaths: 'Reported deaths',
  claims: 'Claims over time',
  scale: 'Population',
  counts: 'Counts',
  price: 'Prices',
  'key-figures': 'Key figures',
  timeline: 'Timeline',
};

/** Fewer figures than this, and an optional chart gives them to the key-figure cards. */
export const HANDFUL = 3;

/** Each figure kind's positions in `figures`, in their order. */
function figurePositionsByKind(figures: readonly Matched<Figure>[]): Map<string, number[]> {
  const byKind = new Map<string, number[]>();
  for (let i = 0; i < figures.length; i++) {
    const kind = (figures[i] as Matched<Figure>).record.kind;
    const positions = byKind.get(kind);
    if (positions === undefined) byKind.set(kind, [i]);
    else positions.push(i);
  }
  return byKind;
}

/** The positions of the figures of `kinds`, in data order. */
function candidatePositions(
  kinds: readonly string[],
  byKind: ReadonlyMap<string, number[]>,
): readonly number[] {
  if (kinds.length === 1) return byKind.get(kinds[0] as string) ?? [];
  return kinds.flatMap((kind) => byKind.get(kind) ?? []).sort((a, b) => a - b);
}

/** Splits the visible records by chart and caps each chart at what it can draw legibly. */
export function capGroups(
  figures: readonly Matched<Figure>[],
  events: readonly Matched<TimelineEvent>[],
  charts: readonly RegisteredChart[] = CHARTS,
) {
  const notes: CapNote[] = [];
  const cap = <R>(c: { id: string; cap: Cap<R> }, items: readonly Matched<R>[]) => {
    const capped = capForDisplay(items, c.cap.limit, c.cap.compare);
    if (capped.shown.length < capped.total)
      notes.push({
        what: CAP_NAMES[c.id] ?? c.id,
        shown: capped.shown.length,
        total: capped.total,
        rule: c.cap.rule,
      });
    return capped.shown;
  };
  // Index loops and a flag per figure: this runs over every figure once per chart on the first
  // load, before the engine has optimised it.
  const figureCharts = charts.filter((c) => c.records === 'figures');
  const byKind = figurePositionsByKind(figures);
  const taken = new Map<string, Matched<Figure>[]>();
  const charted = new Uint8Array(figures.length);
  for (const c of figureCharts) {
    const mine: Matched<Figure>[] = [];
    const at: number[] = [];
    const asked = c.kinds === undefined ? null : candidatePositions(c.kinds, byKind);
    const count = asked === null ? figures.length : asked.length;
    for (let k = 0; k < count; k++) {
      const i = asked === null ? k : (asked[k] as number);
      const m = figures[i] as Matched<Figure>;
      if (c.takes(m.record)) {
        mine.push(m);
        at.push(i);
      }
    }
    // A kind with only a handful of figures is read better as cards than as a chart of two marks.
    // One with nothing to draw (trade across the years with no relationship over two years) is left out.
    const kept = !c.optional || (mine.length >= HANDFUL && c.drawable?.(mine) !== false);
    taken.set(c.id, kept ? mine : []);
    if (kept) for (const i of at) charted[i] = 1;
  }
  const rest: Matched<Figure>[] = [];
  for (let i = 0; i < figures.length; i++) if (charted[i] === 0) rest.push(figures[i] as Matched<Figure>);
  const figureGroups = new Map<string, Matched<Figure>[]>();
  const eventGroups = new Map<string, Matched<TimelineEvent>[]>();
  for (const c of charts) {
    if (c.records === 'events') eventGroups.set(c.id, cap(c, events));
    else figureGroups.set(c.id, cap(c, c.records === 'other figures' ? rest : taken.get(c.id)!));
  }
  return { figureGroups, eventGroups, notes };
}
