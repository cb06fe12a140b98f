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
import { capSentence } from './capForDisplay';
import { capGroups } from './chartGroups';
import { selectEntityNames } from './chartSelectors';
import { CHARTS, fetchMainChartCode, type RegisteredChart } from './registry';
import type { ChartOptions } from './spec';
import { type MeasureText, measureText } from './textMeasure';
import { useDrawAfterPaint } from './useDrawAfterPaint';
import { useNameContext } from './useNameContext';
import { useNearViewport } from './useNearViewport';
import { usePrintRendering } from './usePrintRendering';
import './charts.css';

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
