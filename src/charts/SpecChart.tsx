import { useMemo, useState } from 'react';
import type { Matched } from '../state/selectors';
import { ChartFrame, type ChartStatus } from './ChartFrame';
import { ChartStage } from './ChartStage';
import { computedCsvRow } from './csvRows';
import { DownloadButtons } from './DownloadButtons';
import { HighlightButtons } from './HighlightButtons';
import { type DetailText, SelectedDetail } from './SelectedDetail';
import { sourceLine } from './sourceTitles';
import type { ChartSpec } from './spec';
import { measureText } from './textMeasure';
import { useChartScaffold } from './useChartScaffold';

interface SpecChartProps<R, T extends { id: string }, L extends { height: number }, O> {
  spec: ChartSpec<R, T, L, O>;
  items: readonly Matched<R>[];
  status: ChartStatus;
  emptyText: string;
}

const noOptions = () => null;
const NONE: ReadonlySet<string> = new Set();

/** Any chart, from its spec: the one skeleton every chart shares. */
export function SpecChart<R, T extends DetailText, L extends { height: number }, O>({
  spec,
  items,
  status,
  emptyText,
}: SpecChartProps<R, T, L, O>) {
  const { ctx, headingId, summaryId, measureRef, svgRef, width, interaction, stageProps } = useChartScaffold(
    spec.recordKind,
  );
  // The spec is fixed for a component's life, so this calls the same hook on every render.
  const options = (spec.useOptions ?? (noOptions as () => O))();
  const [highlight, setHighlight] = useState<string | null>(null);
  const texts = useMemo(() => items.map((m) => spec.describe(m.record, m.match, ctx)), [spec, items, ctx]);
  const layout = useMemo(
    () => spec.compute(texts, width, measureText, options),
    [spec, texts, width, options],
  );
  const byId = useMemo(() => new Map(texts.map((t) => [t.id, t])), [texts]);
  const words = spec.words(texts, layout);
  const marks = spec.marks(layout, byId);
  const ordered = spec.ordered?.(texts, layout) ?? texts;
  const computed = spec.computed?.(layout, byId) ?? [];
  const highlights = spec.highlights?.(layout) ?? [];
  const shown = highlights.find((h) => h.text === highlight);
  const leftOut = spec.leftOut?.(layout) ?? null;
  const source = sourceLine(ordered.map(spec.articleOf), ctx.titles);
  const { Drawing, Table, Tooltip, Controls, Key } = spec;

  return (
    <ChartFrame
      headingId={headingId}
      measureRef={measureRef}
      title={words.title}
      dek={words.dek}
      status={status}
      emptyText={emptyText}
      reserve={spec.reserve(width)}
      wide={spec.wide ?? false}
      caption={`${words.caption} ${source}`}
      tools={
        <>
          <DownloadButtons
            title={words.title}
            footer={[source, words.footer]}
            svgRef={svgRef}
            csv={{
              rows: [...ordered.map(spec.csv.row), ...computed.map(computedCsvRow)],
              columns: spec.csv.columns,
            }}
          />
          <Table caption={`${words.title}: ${spec.tableNoun}`} rows={ordered} computed={computed} />
        </>
      }
    >
      {Controls !== undefined && <Controls layout={layout} />}
      {Key !== undefined && <Key />}
      <p id={summaryId} className="visually-hidden">
        {marks.map((m) => m.label).join('; ')}. {spec.summary?.(layout)}
      </p>
      <ChartStage
        {...stageProps}
        title={words.title}
        width={width}
        height={layout.height}
        marksLabel={`${words.title}: ${spec.marksNoun}`}
        marks={marks}
        tooltip={(id) => {
          const text = byId.get(id);
          return text === undefined ? null : <Tooltip text={text} />;
        }}
      >
        <Drawing
          layout={layout}
          selectedId={interaction.selectedId}
          activeId={interaction.activeId}
          highlighted={shown === undefined ? NONE : new Set(shown.ids)}
        />
      </ChartStage>
      {highlights.length > 0 && (
        <HighlightButtons
          label={`${words.title}: highlight the figures a note counts`}
          highlights={highlights}
          pressed={shown?.text ?? null}
          onPress={setHighlight}
        />
      )}
      {leftOut !== null && (
        <p className="chart-left-out" role="note">
          {leftOut}
        </p>
      )}
      <SelectedDetail kind={spec.recordKind} texts={ordered} />
    </ChartFrame>
  );
}
