import { memo, type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { formatCount } from '../lib/formatValue';
import { memoRecent } from '../lib/memo';
import { FILTER_STATES_KEPT, type Matched } from '../state/selectors';
import type { KindFacts } from './kinds';
import type { PlacedChartProps } from './SpecChart';
import { useNearViewport } from './useNearViewport';
import { usePrinting } from './usePrintRendering';

// A chart's compute and drawing load with a dynamic import: a main chart's when the charts panel
// mounts (registry.tsx), drawn when its place nears the viewport; a lesser one's when its summary
// line is opened. The rest is fetched, not drawn, once the browser is idle after the first view,
// so that printing (whose `beforeprint` cannot wait for a download) draws every chart.

/** A chart, drawn: what a chart kind's dynamic import gives. */
export type DrawChart<R> = (props: PlacedChartProps<R>) => ReactNode;
export type LoadChart<R> = () => Promise<DrawChart<R>>;

type Loaded<R> = { state: 'idle' | 'loading' | 'error' } | { state: 'ready'; draw: DrawChart<R> };

let firstIdle: Promise<void> | null = null;
/** Resolves once, when the browser is first idle after the charts mount. */
const whenIdle = (): Promise<void> => {
  firstIdle ??= new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 10_000 });
    else setTimeout(resolve, 2000);
  });
  return firstIdle;
};

/** Loads the chart at once when `wanted`, else when the browser is first idle; and keeps it. */
function useChartCode<R>(load: LoadChart<R>, wanted: boolean): Loaded<R> {
  const [loaded, setLoaded] = useState<Loaded<R>>({ state: 'idle' });
  useEffect(() => {
    if (loaded.state !== 'idle') return;
    let live = true;
    const start = () => {
      if (!live) return;
      setLoaded({ state: 'loading' });
      load().then(
        (draw) => setLoaded({ state: 'ready', draw }),
        () => setLoaded({ state: 'error' }),
      );
    };
    if (wanted) start();
    else void whenIdle().then(start);
    return () => {
      live = false;
    };
  }, [wanted, loaded.state, load]);
  return loaded;
}

interface LazyProps<R> extends PlacedChartProps<R> {
  facts: KindFacts<R>;
  load: LoadChart<R>;
}

/**
 * A main chart: its place is held at its height, and it loads and draws as it nears the
 * viewport. Once drawn, it follows the filter while near the viewport (or printing); far from it,
 * it keeps its last drawing, out of sight, and catches up as it comes back within half a screen,
 * so a click redraws only the charts a reader can reach.
 */
function DeferredChartPlace<R>({
  facts,
  load,
  reserve,
  wide,
  items,
  status,
  emptyText,
  options,
  naming,
  measure,
}: LazyProps<R> & { reserve: number; wide: boolean }) {
  const [node, setNode] = useState<HTMLElement | null>(null);
  const headingId = useId();
  const near = useNearViewport(node);
  const printing = usePrinting();
  const live = near || printing;
  const [reached, setReached] = useState(live);
  if (live && !reached) setReached(true);
  const loaded = useChartCode(load, reached);
  const current = useMemo(
    () => ({ items, status, emptyText, options, naming, measure }),
    [items, status, emptyText, options, naming, measure],
  );
  // What the drawing shows: the panel's records while live, else those it last drew. Updated
  // during render (React re-renders at once, before committing), so a live chart is never a
  // commit behind.
  const [shown, setShown] = useState(current);
  if (live && shown !== current) setShown(current);
  const drawing = useMemo(
    () => (loaded.state === 'ready' ? loaded.draw({ ...shown, placeRef: setNode }) : null),
    [loaded, shown],
  );
  // A drawing kept from an earlier filter state is not what the filter now selects: assistive
  // technology is told it is being updated until it catches up. (ChartFrame sets no aria-busy.)
  const stale = shown !== current;
  useEffect(() => {
    if (node === null || drawing === null) return;
    if (stale) node.setAttribute('aria-busy', 'true');
    else node.removeAttribute('aria-busy');
  }, [node, drawing, stale]);
  if (drawing !== null && reached) return drawing;
  return (
    <figure
      ref={setNode}
      className={wide ? 'chart chart--wide' : 'chart'}
      aria-labelledby={headingId}
      aria-busy={loaded.state !== 'error'}
    >
      <h3 id={headingId} className="chart-title">
        {facts.title}
      </h3>
      <div className="chart-placeholder" style={{ minHeight: reserve }}>
        {loaded.state === 'error' && <p role="alert">This chart could not be loaded.</p>}
      </div>
    </figure>
  );
}

// formatCount, not toLocaleString: that builds a number format on every call, twice per lesser
// chart per filter change.
const plural = (n: number, noun: string) => `${formatCount(n)} ${noun}`;

/**
 * A lesser chart kind starts as one summary line (title and counts) with a disclosure button; its
 * code loads and it draws only when opened, so a long data set gives a short page.
 */
function LesserChartPlace<R extends { source: { article: string } }>({
  facts,
  load,
  ...props
}: LazyProps<R>) {
  const [open, setOpen] = useState(false);
  const printing = usePrinting();
  const shown = open || printing;
  const loaded = useChartCode(load, open);
  const bodyId = useId();
  // Counted again only for records it has not counted among the last few filter states.
  const [countArticles] = useState(() =>
    memoRecent((items: readonly Matched<R>[]) => {
      const articles = new Set<string>();
      for (const m of items) articles.add(m.record.source.article);
      return articles.size;
    }, FILTER_STATES_KEPT),
  );
  const articles = countArticles(props.items);
  return (
    <section className="chart chart--lesser" aria-label={facts.title}>
      <p className="chart-summary">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'} {facts.title}
        </button>{' '}
        <span className="muted">
          {plural(props.items.length, facts.noun)} from{' '}
          {plural(articles, articles === 1 ? 'article' : 'articles')}
        </span>
      </p>
      <div id={bodyId} hidden={!shown}>
        {shown && loaded.state === 'loading' && <p className="muted">Loading…</p>}
        {shown && loaded.state === 'error' && <p role="alert">This chart could not be loaded.</p>}
        {shown && loaded.state === 'ready' && loaded.draw(props)}
      </div>
    </section>
  );
}

// A chart whose props are the same objects as at its last render (its records, the options, the
// loader) draws nothing again: a filter change that leaves its records alone costs it nothing.
export const DeferredChart = memo(DeferredChartPlace) as typeof DeferredChartPlace;
export const LesserChart = memo(LesserChartPlace) as typeof LesserChartPlace;
