import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Figure, TimelineEvent } from '../data/schema';
import { yieldToMain } from '../lib/yieldToMain';
import { useLeftOut } from '../state/leftOut';
import type { Matched } from '../state/selectors';
import { selectVisibleEvents, selectVisibleFigures } from '../state/selectors';
import { useAppStore } from '../state/store';
import { LeftOutNote } from '../ui/LeftOutNote';
import type { ChartStatus } from './ChartFrame';
import { type CapNote, capForDisplay, capSentence } from './capForDisplay';
import { DeathsChart } from './deaths/DeathsChart';
import { KeyFigures } from './keyFigures/KeyFigures';
import { ScaleChart } from './scale/ScaleChart';
import { TimelineChart } from './timeline/TimelineChart';
import { TradeChart } from './trade/TradeChart';
import './charts.css';
import { comparePlain } from '../lib/textOrder';

type Drawn = 'trade' | 'deaths' | 'population';

/** Which chart draws a figure; anything else (or in an unexpected unit) becomes a key-figure card. */
export function chartFor(f: Figure): Drawn | 'key' {
  if (f.kind === 'trade' && f.unit === 'USD') return 'trade';
  if (f.kind === 'deaths' && f.unit === 'people') return 'deaths';
  if (f.kind === 'population' && f.unit === 'people') return 'population';
  return 'key';
}

type Loading = 'loading' | 'error' | 'ready';

const statusOf = (file: Loading, count: number): ChartStatus =>
  file !== 'ready' ? file : count === 0 ? 'empty' : 'ready';

const byValueDesc = (a: Matched<Figure>, b: Matched<Figure>) => b.record.value - a.record.value;
// ISO dates sort as plain strings; a locale-aware compare would only cost time.
const descending = (a: string, b: string) => comparePlain(b, a);
const byAsOfDesc = (a: Matched<Figure>, b: Matched<Figure>) =>
  descending(a.record.asOf ?? '', b.record.asOf ?? '');
const byDateDesc = (a: Matched<TimelineEvent>, b: Matched<TimelineEvent>) =>
  descending(a.record.date, b.record.date);

/** Splits the visible figures by chart and caps each chart at what it can draw legibly. */
export function capGroups(figures: readonly Matched<Figure>[], events: readonly Matched<TimelineEvent>[]) {
  const split: Record<Drawn | 'key', Matched<Figure>[]> = { trade: [], deaths: [], population: [], key: [] };
  for (const m of figures) split[chartFor(m.record)].push(m);
  const notes: CapNote[] = [];
  const cap = <T,>(
    what: string,
    items: readonly T[],
    limit: number,
    rule: string,
    compare?: (a: T, b: T) => number,
  ) => {
    const capped = capForDisplay(items, limit, compare);
    if (capped.shown.length < capped.total)
      notes.push({ what, shown: capped.shown.length, total: capped.total, rule });
    return capped.shown;
  };
  const groups = {
    trade: cap('Trade', split.trade, 12, 'largest', byValueDesc),
    deaths: cap('Reported deaths', split.deaths, 12, 'latest claims', byAsOfDesc),
    population: cap('Population', split.population, 6, 'largest', byValueDesc),
    key: cap('Key figures', split.key, 24, 'first in the data'),
    events: cap('Timeline', events, 40, 'latest events', byDateDesc),
  };
  return { groups, notes };
}

/**
 * With `measureFirst`, the first commit holds only the charts' frames, each measuring its width;
 * the charts are drawn after the next paint, in a transition, already at their measured widths. So
 * mounting the panel is two short tasks instead of one that draws every chart, measures, and draws
 * them all again.
 */
function useDrawn(measureFirst: boolean): boolean {
  const [drawn, setDrawn] = useState(!measureFirst);
  useEffect(() => {
    if (drawn) return;
    let live = true;
    void yieldToMain().then(() => {
      if (live) startTransition(() => setDrawn(true));
    });
    return () => {
      live = false;
    };
  }, [drawn]);
  return drawn;
}

/** Every chart of the figures and events, for the countries selected in the filter. */
export function ChartsPanel({ measureFirst = false }: { measureFirst?: boolean }) {
  const drawn = useDrawn(measureFirst);
  const figuresFile = useAppStore((s) => (drawn ? s.files.figures.status : 'loading'));
  const eventsFile = useAppStore((s) => (drawn ? s.files.events.status : 'loading'));
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

  return (
    <div className="charts">
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
        <TradeChart
          items={groups.trade}
          status={statusOf(figuresFile, groups.trade.length)}
          emptyText={none('trade figures')}
        />
        <DeathsChart
          items={groups.deaths}
          status={statusOf(figuresFile, groups.deaths.length)}
          emptyText={none('reported deaths')}
        />
        <ScaleChart
          items={groups.population}
          status={statusOf(figuresFile, groups.population.length)}
          emptyText={none('population figures')}
        />
        <KeyFigures
          items={groups.key}
          status={statusOf(figuresFile, groups.key.length)}
          emptyText={none('other figures')}
        />
        <TimelineChart
          items={groups.events}
          status={statusOf(eventsFile, groups.events.length)}
          emptyText={none('dated events')}
        />
      </div>
    </div>
  );
}
