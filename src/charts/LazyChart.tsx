import { memo, type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { formatCount } from '../lib/formatValue';
import type { KindFacts } from './kinds';
import type { PlacedChartProps } from './SpecChart';
import { usePrinting } from './usePrintRendering';

// A chart's compute and drawing load with a dynamic import only when the chart is wanted: a main
// chart when its place nears the viewport, a lesser one when its summary line is opened. The rest
// is fetched, not drawn, once the browser is idle after the first view, so that printing (whose
// `beforeprint` cannot wait for a download) draws every chart.

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

/** True once the element comes within half a screen of the viewport (at once where nothing observes). */
function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const node = ref.current;
    if (near || node === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}

interface LazyProps<R> extends PlacedChartProps<R> {
  facts: KindFacts<R>;
  load: LoadChart<R>;
}

/** A main chart: its place is held at its height, and it loads and draws as it nears the viewport. */
function DeferredChartPlace<R>({
  facts,
  load,
  reserve,
  wide,
  ...props
}: LazyProps<R> & { reserve: number; wide: boolean }) {
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  const near = useNearViewport(ref);
  const printing = usePrinting();
  const loaded = useChartCode(load, near);
  if (loaded.state === 'ready' && (near || printing)) return loaded.draw(props);
  return (
    <figure
      ref={ref}
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
  const articles = new Set(props.items.map((m) => m.record.source.article)).size;
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
