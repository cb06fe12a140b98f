import { type ReactNode, useEffect, useId, useState } from 'react';
import type { Figure } from '../data/schema';
import type { KindFacts } from './kinds';
import type { PlacedChartProps } from './SpecChart';

/** A lesser chart, drawn: loaded with its compute and drawing on first opening. */
export type LoadChart = () => Promise<(props: PlacedChartProps<Figure>) => ReactNode>;

type Loaded =
  | { state: 'closed' | 'loading' | 'error' }
  | { state: 'ready'; draw: (props: PlacedChartProps<Figure>) => ReactNode };

const plural = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}`;

/**
 * A lesser chart kind starts as one summary line (title and counts) with a disclosure button; the
 * chart's code loads and it draws only when opened, so a long data set gives a short page.
 */
export function LesserChart({
  facts,
  load,
  ...props
}: PlacedChartProps<Figure> & { facts: KindFacts; load: LoadChart }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'closed' });
  const bodyId = useId();
  useEffect(() => {
    if (!open || loaded.state !== 'closed') return;
    setLoaded({ state: 'loading' });
    load().then(
      (draw) => setLoaded({ state: 'ready', draw }),
      () => setLoaded({ state: 'error' }),
    );
  }, [open, loaded.state, load]);
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
      <div id={bodyId} hidden={!open}>
        {open && loaded.state === 'loading' && <p className="muted">Loading…</p>}
        {open && loaded.state === 'error' && <p role="alert">This chart could not be loaded.</p>}
        {open && loaded.state === 'ready' && loaded.draw(props)}
      </div>
    </section>
  );
}
