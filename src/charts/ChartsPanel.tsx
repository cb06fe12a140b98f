import { useMemo } from 'react';
import type { Figure } from '../data/schema';
import type { Matched } from '../state/selectors';
import { selectVisibleEvents, selectVisibleFigures } from '../state/selectors';
import { useAppStore } from '../state/store';
import type { ChartStatus } from './ChartFrame';
import { DeathsChart } from './deaths/DeathsChart';
import { KeyFigures } from './keyFigures/KeyFigures';
import { ScaleChart } from './scale/ScaleChart';
import { TimelineChart } from './timeline/TimelineChart';
import { TradeChart } from './trade/TradeChart';
import './charts.css';

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

/** Every chart of the figures and events, for the countries selected in the filter. */
export function ChartsPanel() {
  const figuresFile = useAppStore((s) => s.files.figures.status);
  const eventsFile = useAppStore((s) => s.files.events.status);
  const figures = useAppStore(selectVisibleFigures);
  const events = useAppStore(selectVisibleEvents);
  const filtered = useAppStore((s) => s.countries.length > 0);
  const groups = useMemo(() => {
    const out: Record<Drawn | 'key', Matched<Figure>[]> = { trade: [], deaths: [], population: [], key: [] };
    for (const m of figures) out[chartFor(m.record)].push(m);
    return out;
  }, [figures]);
  const none = (what: string) =>
    filtered ? `No ${what} for the selected countries.` : `No ${what} in this data set.`;

  return (
    <div className="charts">
      <p className="charts-intro">
        Every mark is a number from an article. Hover or focus one to read its sentence; press Enter or click
        to select it, then open its source.
      </p>
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
          items={events}
          status={statusOf(eventsFile, events.length)}
          emptyText={none('dated events')}
        />
      </div>
    </div>
  );
}
