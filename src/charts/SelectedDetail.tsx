import type { RecordKind } from '../state/selectionSlice';
import { useAppStore } from '../state/store';
import { useCurateSlots } from '../ui/curateSlots';
import type { EventText, FigureText } from './describeRecord';

export type DetailText = FigureText | EventText;

interface SelectedDetailProps {
  kind: RecordKind;
  texts: readonly DetailText[];
}

/** The selected mark's sentence under its chart, with the control that opens it in the reader. */
export function SelectedDetail({ kind, texts }: SelectedDetailProps) {
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const showSource = useAppStore((s) => s.showSource);
  const { recordActions } = useCurateSlots();
  const id = selection?.kind === kind ? selection.id : null;
  const found = texts.find((t) => t.id === id);
  const figure = found !== undefined && 'figure' in found ? found : undefined;
  const event = found !== undefined && 'event' in found ? found : undefined;
  const shown =
    figure !== undefined
      ? {
          heading: (
            <>
              <bdi>{figure.figure.label}</bdi>: {figure.value}
            </>
          ),
          facts: (
            <>
              {figure.reporterStated ? (
                <>
                  Reported by <bdi>{figure.reporter}</bdi>
                </>
              ) : (
                'Source not stated'
              )}{' '}
              · {figure.asOf ?? figure.year}
            </>
          ),
          quote: figure.figure.source.quote,
          article: figure.figure.source.article,
          title: figure.articleTitle,
        }
      : event !== undefined
        ? {
            heading: (
              <>
                {event.event.scheduled ? 'Scheduled: ' : ''}
                {event.date}: <bdi>{event.event.label}</bdi>
              </>
            ),
            facts: `Date ${event.precision}`,
            quote: event.event.source.quote,
            article: event.event.source.article,
            title: event.articleTitle,
          }
        : null;
  return (
    <div className="chart-selected" aria-live="polite">
      {shown !== null && id !== null && (
        <div className="chart-selected-card">
          <p className="chart-selected-heading">
            <span className="visually-hidden">Selected: </span>
            {shown.heading}
          </p>
          <p className="chart-selected-facts">{shown.facts}</p>
          <blockquote>
            “<bdi>{shown.quote}</bdi>”
          </blockquote>
          <p className="chart-selected-facts">
            From “<bdi>{shown.title}</bdi>”
          </p>
          <div className="chart-selected-actions">
            <button
              type="button"
              className="chart-button"
              onClick={() => showSource({ kind, id }, shown.article)}
            >
              Show source
            </button>
            <button type="button" className="chart-button chart-button--quiet" onClick={() => select(null)}>
              Clear selection
            </button>
            {recordActions?.({ kind, id }, shown.heading)}
          </div>
        </div>
      )}
    </div>
  );
}
