import { Fragment, useEffect, useMemo, useState } from 'react';
import type { Figure, TimelineEvent } from '../data/schema';
import { memoRecent } from '../lib/memo';
import { useLeftOut } from '../state/leftOut';
import type { Matched } from '../state/selectors';
import {
  FILTER_STATES_KEPT,
  selectFilterIndex,
  selectVisibleEvents,
  selectVisibleFigures,
} from '../state/selectors';
import { useAppStore } from '../state/store';
import { LeftOutNote } from '../ui/LeftOutNote';
import type { ChartStatus } from './ChartFrame';
import { type CapNote, capForDisplay, capSentence } from './capForDisplay';
import { selectEntityNames } from './chartSelectors';
import { CHARTS, fetchMainChartCode, type RegisteredChart } from './registry';
import type { Cap, ChartOptions } from './spec';
import { type MeasureText, measureText } from './textMeasure';
import { useDrawAfterPaint } from './useDrawAfterPaint';
import { useNameContext } from './useNameContext';
import { useNearViewport } from './useNearViewport';
import { usePrintRendering } from './usePrintRendering';
import './charts.css';

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
  const cap = <R,>(c: { id: string; cap: Cap<R> }, items: readonly Matched<R>[]) => {
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

type FileStatus = 'loading' | 'error' | 'ready';
/** The chart's true state: loading only while its file loads; drawing while the panel waits to draw. */
const statusOf = (file: FileStatus, drawn: boolean, count: number): ChartStatus =>
  file !== 'ready' ? file : !drawn ? 'drawing' : count === 0 ? 'empty' : 'ready';

const NO_GROUPS: ReturnType<typeof capGroups> = {
  figureGroups: new Map(),
  eventGroups: new Map(),
  notes: [],
};

// The groups of the last few filter states: the visible records are the same arrays when the
// reader goes back to a filter (src/state/selectors.ts), and so are the groups, so the charts
// given them skip rendering (React.memo, LazyChart.tsx) and reuse their layouts (SpecChart.tsx).
const groupsFor = memoRecent(
  (figures: readonly Matched<Figure>[], events: readonly Matched<TimelineEvent>[]) =>
    capGroups(figures, events),
  FILTER_STATES_KEPT,
);

/** The panel's options from the store, given to every chart as a prop: one object until one of them changes. */
function useChartOptions(): ChartOptions {
  const year = useAppStore((s) => s.tradeYear);
  // The group members only, not the index: they are the same whatever is selected.
  const members = useAppStore((s) => selectFilterIndex(s).members);
  const names = useAppStore(selectEntityNames);
  const range = useAppStore((s) => s.range);
  return useMemo(
    () => ({ tradeYear: year ?? 'latest', groupMembers: members, names, range }),
    [year, members, names, range],
  );
}

/**
 * Every chart of the figures and events, for the countries selected in the filter. `measure`
 * measures label widths; a caller with no canvas (a unit test) passes an estimate.
 */
export function ChartsPanel({ measure = measureText }: { measure?: MeasureText }) {
  const drawn = useDrawAfterPaint();
  useEffect(fetchMainChartCode, []);
  const [panelNode, setPanelNode] = useState<HTMLDivElement | null>(null);
  const printing = usePrintRendering(panelNode);
  const live = useNearViewport(panelNode) || printing;
  const figuresFile = useAppStore((s) => s.files.figures.status);
  const eventsFile = useAppStore((s) => s.files.events.status);
  const figures = useAppStore(selectVisibleFigures);
  const events = useAppStore(selectVisibleEvents);
  const filtered = useAppStore((s) => s.countries.length > 0);
  const options = useChartOptions();
  const naming = useNameContext();
  const leftOut = useLeftOut('figures', 'events');
  // The records the charts are split from: the store's while the panel is within half a screen
  // of the viewport (or printing), else those of its last split. A click far above the charts
  // splits and caps nothing; each chart catches up as it comes near (LazyChart.tsx).
  const current = useMemo(() => ({ figures, events, filtered, naming }), [figures, events, filtered, naming]);
  const [split, setSplit] = useState(current);
  if (live && split !== current) setSplit(current);
  // Until drawn, every chart holds its place with no records, so nothing is laid out twice.
  const { figureGroups, eventGroups, notes } = drawn ? groupsFor(split.figures, split.events) : NO_GROUPS;
  const none = (what: string) =>
    split.filtered ? `No ${what} for the selected countries.` : `No ${what} in this data set.`;

  const place = (c: RegisteredChart) => {
    const props = { emptyText: none(c.emptyNoun), options, naming: split.naming, measure };
    if (c.records === 'events') {
      const items = eventGroups.get(c.id) ?? [];
      const status = statusOf(eventsFile, drawn, items.length);
      return <Fragment key={c.id}>{c.render({ items, status, ...props })}</Fragment>;
    }
    const items = figureGroups.get(c.id) ?? [];
    // An optional chart appears once drawn, and only with records: no empty frame for a kind the data lacks.
    if (c.optional && items.length === 0) return null;
    const status = statusOf(figuresFile, drawn, items.length);
    return <Fragment key={c.id}>{c.render({ items, status, ...props })}</Fragment>;
  };

  const lesser = CHARTS.filter((c) => c.lesser)
    .map(place)
    .filter((p) => p !== null);

  return (
    // Split from an earlier filter state, the charts are not yet what the filter selects: assistive
    // technology hears that they are being updated until the panel comes near and catches up.
    <div ref={setPanelNode} className="charts" aria-busy={split !== current}>
      <p className="charts-intro">
        Every mark is a number from an article. Hover or focus one to read its sentence; press Enter or click
        to select it, then open its source.
      </p>
      <LeftOutNote items={leftOut} />
      {notes.length > 0 && (
        <p className="charts-cap-note" role="note">
          {notes.map(capSentence).join(' ')} Choose countries in the filter to narrow the figures.
        </p>
      )}
      <div className="charts-grid">
        {CHARTS.filter((c) => !c.lesser).map(place)}
        {lesser.length > 0 && <div className="charts-lesser">{lesser}</div>}
      </div>
    </div>
  );
}
