import { useMemo, useRef } from 'react';
import type { Figure, TimelineEvent } from '../data/schema';
import { useLeftOut } from '../state/leftOut';
import type { Matched } from '../state/selectors';
import { selectVisibleEvents, selectVisibleFigures } from '../state/selectors';
import { useAppStore } from '../state/store';
import { LeftOutNote } from '../ui/LeftOutNote';
import type { ChartStatus } from './ChartFrame';
import { type CapNote, capForDisplay, capSentence } from './capForDisplay';
import { claimsSpec } from './claims/claimsSpec';
import { deathsSpec } from './deaths/deathsSpec';
import { KeyFigures } from './keyFigures/KeyFigures';
import { SpecChart } from './SpecChart';
import { scaleSpec } from './scale/scaleSpec';
import type { ChartSpec } from './spec';
import { timelineSpec } from './timeline/timelineSpec';
import { tradeSpec } from './trade/tradeSpec';
import { useDrawn, useSettledRendering } from './usePanelDrawing';
import './charts.css';

type Taking<R> = Pick<ChartSpec<R, { id: string }, { height: number }>, 'id' | 'takes' | 'cap'>;
const FIGURE_SPECS: readonly Taking<Figure>[] = [tradeSpec, deathsSpec, claimsSpec, scaleSpec];
const KEY_CAP = { limit: 24, rule: 'first in the data' };

const CAP_NAMES: Record<string, string> = {
  trade: 'Trade',
  deaths: 'Reported deaths',
  claims: 'Claims over time',
  population: 'Population',
  timeline: 'Timeline',
};

/** Splits the visible records by chart and caps each chart at what it can draw legibly. */
export function capGroups(figures: readonly Matched<Figure>[], events: readonly Matched<TimelineEvent>[]) {
  const notes: CapNote[] = [];
  const cap = <T,>(
    what: string,
    items: readonly T[],
    c: { limit: number; rule: string; compare?: (a: T, b: T) => number },
  ) => {
    const capped = capForDisplay(items, c.limit, c.compare);
    if (capped.shown.length < capped.total)
      notes.push({ what, shown: capped.shown.length, total: capped.total, rule: c.rule });
    return capped.shown;
  };
  const groups: Record<string, Matched<Figure>[]> = {};
  const key: Matched<Figure>[] = [];
  for (const spec of FIGURE_SPECS) groups[spec.id] = [];
  for (const m of figures) {
    let taken = false;
    for (const spec of FIGURE_SPECS)
      if (spec.takes(m.record)) {
        groups[spec.id]!.push(m);
        taken = true;
      }
    if (!taken) key.push(m);
  }
  const figureGroups = Object.fromEntries(
    FIGURE_SPECS.map((s) => [s.id, cap(CAP_NAMES[s.id] ?? s.id, groups[s.id]!, s.cap)]),
  );
  return {
    groups: {
      figures: figureGroups,
      key: cap('Key figures', key, KEY_CAP),
      events: cap(CAP_NAMES.timeline!, events, timelineSpec.cap),
    },
    notes,
  };
}

type FileStatus = 'loading' | 'error' | 'ready';
/** The chart's true state: loading only while its file loads; drawing while the panel waits to draw. */
const statusOf = (file: FileStatus, drawn: boolean, count: number): ChartStatus =>
  file !== 'ready' ? file : !drawn ? 'drawing' : count === 0 ? 'empty' : 'ready';

/** Every chart of the figures and events, for the countries selected in the filter. */
export function ChartsPanel({ measureFirst = false }: { measureFirst?: boolean }) {
  const drawn = useDrawn(measureFirst);
  const panelRef = useRef<HTMLDivElement>(null);
  useSettledRendering(panelRef, drawn);
  const figuresFile = useAppStore((s) => s.files.figures.status);
  const eventsFile = useAppStore((s) => s.files.events.status);
  const figures = useAppStore(selectVisibleFigures);
  const events = useAppStore(selectVisibleEvents);
  const filtered = useAppStore((s) => s.countries.length > 0);
  const leftOut = useLeftOut('figures', 'events');
  // Until drawn, every chart holds its place with no records, so nothing is laid out twice.
  const { groups, notes } = useMemo(
    () => capGroups(drawn ? figures : [], drawn ? events : []),
    [drawn, figures, events],
  );
  const none = (what: string) =>
    filtered ? `No ${what} for the selected countries.` : `No ${what} in this data set.`;
  const figureChart = (spec: Taking<Figure> & { emptyNoun: string }) => {
    const items = groups.figures[spec.id] ?? [];
    return { items, status: statusOf(figuresFile, drawn, items.length), emptyText: none(spec.emptyNoun) };
  };

  return (
    <div ref={panelRef} className="charts">
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
        <SpecChart spec={tradeSpec} {...figureChart(tradeSpec)} />
        <SpecChart spec={deathsSpec} {...figureChart(deathsSpec)} />
        <SpecChart spec={claimsSpec} {...figureChart(claimsSpec)} />
        <SpecChart spec={scaleSpec} {...figureChart(scaleSpec)} />
        <KeyFigures
          items={groups.key}
          status={statusOf(figuresFile, drawn, groups.key.length)}
          emptyText={none('other figures')}
        />
        <SpecChart
          spec={timelineSpec}
          items={groups.events}
          status={statusOf(eventsFile, drawn, groups.events.length)}
          emptyText={none(timelineSpec.emptyNoun)}
        />
      </div>
    </div>
  );
}
