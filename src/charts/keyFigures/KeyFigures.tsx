import { useId, useMemo } from 'react';
import type { Figure } from '../../data/schema';
import type { Matched } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useCurateSlots } from '../../ui/curateSlots';
import type { ChartStatus } from '../ChartFrame';
import { FIGURE_COLUMNS, figureCsvRow } from '../csvRows';
import { DownloadButtons } from '../DownloadButtons';
import { describeFigure, type FigureText } from '../describeRecord';
import { useMarkInteraction } from '../useMarkInteraction';
import { useNameContext } from '../useNameContext';

function KeyFigureCard({
  text,
  selected,
  onToggle,
}: {
  text: FigureText;
  selected: boolean;
  onToggle: () => void;
}) {
  const showSource = useAppStore((s) => s.showSource);
  const { recordActions } = useCurateSlots();
  const f = text.figure;
  const headingId = useId();
  return (
    <li className={selected ? 'key-figure key-figure--selected' : 'key-figure'} aria-labelledby={headingId}>
      <p className="key-figure-eyebrow">Key figure · reported</p>
      <h4 id={headingId} className="key-figure-heading">
        <span className="key-figure-value">{text.value}</span>
        <span className="key-figure-label">{f.label}</span>
      </h4>
      <blockquote className="key-figure-quote">“{f.source.quote}”</blockquote>
      <p className="key-figure-meta">
        {text.reporterStated ? `Reported by ${text.reporter}` : 'Source not stated in the article'} ·{' '}
        {text.asOf ?? text.year}
        {text.regional !== null && ` · ${text.regional}`}
      </p>
      {f.note !== null && <p className="key-figure-meta">{f.note}</p>}
      <p className="key-figure-meta">From “{text.articleTitle}”</p>
      <div className="key-figure-actions">
        <button type="button" className="chart-button" aria-pressed={selected} onClick={onToggle}>
          {selected ? 'Selected' : 'Select'}
          <span className="visually-hidden"> {f.label}</span>
        </button>
        <button
          type="button"
          className="chart-button"
          onClick={() => showSource({ kind: 'figure', id: f.id }, f.source.article)}
        >
          Show source<span className="visually-hidden"> of {f.label}</span>
        </button>
        {recordActions?.({ kind: 'figure', id: f.id }, f.label)}
      </div>
    </li>
  );
}

/** Figures no chart draws (detentions, tariffs, …), each as a card with its sentence and reporter. */
export function KeyFigures({
  items,
  status,
  emptyText,
}: {
  items: readonly Matched<Figure>[];
  status: ChartStatus;
  emptyText: string;
}) {
  const ctx = useNameContext();
  const headingId = useId();
  const interaction = useMarkInteraction('figure');
  const texts = useMemo(() => items.map((m) => describeFigure(m.record, m.match, ctx)), [items, ctx]);
  const title = 'Other figures in the articles';
  return (
    <section className="chart" aria-labelledby={headingId}>
      <h3 id={headingId} className="chart-title">
        {title}
      </h3>
      <p className="chart-dek">Numbers the charts above do not draw, each with the sentence it comes from.</p>
      {status === 'loading' || status === 'drawing' ? (
        // Room for the cards while the figures load or wait to be drawn, so the page does not jump;
        // "Loading…" only while the data is in fact loading.
        <p className="muted key-figures-loading">{status === 'loading' ? 'Loading…' : ''}</p>
      ) : status !== 'ready' ? (
        <p className={status === 'empty' ? 'chart-empty' : 'muted'}>
          {status === 'empty' ? emptyText : 'The figures could not be loaded.'}
        </p>
      ) : (
        <>
          <ul className="key-figures">
            {texts.map((t) => (
              <KeyFigureCard
                key={t.id}
                text={t}
                selected={interaction.selectedId === t.id}
                onToggle={() => interaction.onToggle(t.id)}
              />
            ))}
          </ul>
          <DownloadButtons
            title={title}
            footer={[]}
            svgRef={null}
            csv={{ rows: texts.map(figureCsvRow), columns: FIGURE_COLUMNS }}
          />
        </>
      )}
    </section>
  );
}
