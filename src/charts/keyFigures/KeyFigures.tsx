import { useId, useMemo, useState } from 'react';
import type { Figure } from '../../data/schema';
import { formatCount } from '../../lib/formatValue';
import type { Matched } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useCurateSlots } from '../../ui/curateSlots';
import { ChartFrame } from '../ChartFrame';
import { FIGURE_COLUMNS, figureCsvRow } from '../csvRows';
import { FigureTable } from '../DataTables';
import { DownloadButtons } from '../DownloadButtons';
import { describeFigure, type FigureText, type NameContext } from '../describeRecord';
import type { PlacedChartProps } from '../SpecChart';
import { SourceNote, sourceLine, sourceTitles } from '../sourceTitles';
import { useChartScaffold } from '../useChartScaffold';

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

const describeFigures = (items: readonly Matched<Figure>[], naming: NameContext): FigureText[] =>
  items.map((m) => describeFigure(m.record, m.match, naming));

/** Cards per page: a handful, one row on a wide screen, so the section stays short whatever the data holds. */
export const KEY_FIGURES_PAGE = 5;

/** Figures no chart draws (growth rates, …), each as a card with its sentence and reporter, paged. */
export function KeyFigures({ items, status, emptyText, naming, placeRef }: PlacedChartProps<Figure>) {
  const { headingId, measureRef, interaction } = useChartScaffold('figure');
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / KEY_FIGURES_PAGE));
  const at = Math.min(page, pages - 1);
  // Described for the cards on this page only: the corpus has hundreds of figures no chart draws,
  // read five at a time. The table and the CSV describe them all when opened or asked for.
  const shown = useMemo(
    () => describeFigures(items.slice(at * KEY_FIGURES_PAGE, (at + 1) * KEY_FIGURES_PAGE), naming),
    [items, naming, at],
  );
  const describeAll = () => describeFigures(items, naming);
  const title = 'Other figures in the articles';
  const sources = useMemo(
    () =>
      sourceTitles(
        items.map((m) => m.record.source.article),
        naming.titles,
      ),
    [items, naming.titles],
  );
  return (
    <ChartFrame
      figureRef={placeRef}
      headingId={headingId}
      measureRef={measureRef}
      title={title}
      dek="Numbers the charts above do not draw, each with the sentence it comes from."
      status={status}
      emptyText={emptyText}
      reserve={120}
      wide
      caption={<SourceNote named={sources} />}
      tools={
        <>
          <DownloadButtons
            title={title}
            footer={[sourceLine(sources)]}
            svgRef={null}
            csv={{ rows: () => describeAll().map(figureCsvRow), columns: FIGURE_COLUMNS }}
          />
          <FigureTable caption={`${title}: figures as reported`} rows={describeAll} />
        </>
      }
    >
      <ul className="key-figures">
        {shown.map((t) => (
          <KeyFigureCard
            key={t.id}
            text={t}
            selected={interaction.selectedId === t.id}
            onToggle={() => interaction.onToggle(t.id)}
          />
        ))}
      </ul>
      {pages > 1 && (
        <nav className="key-figures-pages" aria-label={`${title}: pages`}>
          <button type="button" className="chart-button" disabled={at === 0} onClick={() => setPage(at - 1)}>
            Previous
          </button>
          <p aria-live="polite">
            Figures {formatCount(at * KEY_FIGURES_PAGE + 1)}–
            {formatCount(at * KEY_FIGURES_PAGE + shown.length)} of {formatCount(items.length)}
          </p>
          <button
            type="button"
            className="chart-button"
            disabled={at === pages - 1}
            onClick={() => setPage(at + 1)}
          >
            Next
          </button>
        </nav>
      )}
    </ChartFrame>
  );
}
