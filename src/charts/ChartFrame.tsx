import type { ReactNode, Ref, RefObject } from 'react';

/** `drawing`: the data is in and the chart is about to draw; its space is held, nothing is said. */
export type ChartStatus = 'loading' | 'drawing' | 'error' | 'empty' | 'ready';

interface ChartFrameProps {
  /** The figure itself, for a place that watches where it is. */
  figureRef?: Ref<HTMLElement> | undefined;
  headingId: string;
  title: string;
  /** One line under the title saying what the chart shows. */
  dek: string;
  status: ChartStatus;
  /** Said in words in place of the chart when there is nothing to draw. */
  emptyText: string;
  /** Space held for the chart while data loads, so the page does not jump. */
  reserve: number;
  wide?: boolean;
  /** Measured for the chart's width; present in every state so the width is known on arrival. */
  measureRef: RefObject<HTMLDivElement | null>;
  /** The chart, notes and selection (ready only). */
  children?: ReactNode;
  /** Downloads and data table (ready only). */
  tools?: ReactNode;
  caption: ReactNode;
}

/** A chart's figure: heading, standfirst, the chart or a plain-words state, tools, caption. */
export function ChartFrame(props: ChartFrameProps) {
  const { status } = props;
  return (
    <figure
      ref={props.figureRef}
      className={props.wide ? 'chart chart--wide' : 'chart'}
      aria-labelledby={props.headingId}
    >
      <h3 id={props.headingId} className="chart-title">
        {props.title}
      </h3>
      <p className="chart-dek">{props.dek}</p>
      <div ref={props.measureRef} className="chart-body">
        {status === 'ready' ? (
          props.children
        ) : (
          <div className="chart-placeholder" style={{ minHeight: props.reserve }}>
            {status === 'loading' && <p className="muted">Loading…</p>}
            {status === 'error' && <p role="alert">The data for this chart could not be loaded.</p>}
            {status === 'empty' && <p className="chart-empty">{props.emptyText}</p>}
          </div>
        )}
      </div>
      {status === 'ready' && props.tools}
      <figcaption className="chart-caption">{props.caption}</figcaption>
    </figure>
  );
}
