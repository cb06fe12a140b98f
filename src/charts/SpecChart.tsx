import { type ReactNode, type Ref, useState } from 'react';
import { memoRecent } from '../lib/memo';
import { FILTER_STATES_KEPT, type Matched } from '../state/selectors';
import { ChartFrame, type ChartStatus } from './ChartFrame';
import { ChartStage } from './ChartStage';
import { computedCsvRow } from './csvRows';
import { DownloadButtons } from './DownloadButtons';
import { describeCache } from './describeCache';
import type { NameContext } from './describeRecord';
import { FoldNote } from './FoldNote';
import { HighlightButtons } from './HighlightButtons';
import { reserveAt } from './kinds';
import { type DetailText, SelectedDetail } from './SelectedDetail';
import { SourceNote, sourceLine, sourceTitles } from './sourceTitles';
import type { ChartOptions, ChartSpec, LayoutOptions } from './spec';
import type { MeasureText } from './textMeasure';
import { useChartScaffold } from './useChartScaffold';

/**
 * What the panel gives each chart in its place: its records, state, options, names for codes
 * and titles, and text measurer; and where its place wants the chart's figure (LazyChart.tsx
 * watches it near the viewport).
 */
export interface PlacedChartProps<R> {
  items: readonly Matched<R>[];
  status: ChartStatus;
  emptyText: string;
  options: ChartOptions;
  naming: NameContext;
  measure: MeasureText;
  placeRef?: Ref<HTMLElement>;
}

interface SpecChartProps<R, T extends { id: string }, L extends { height: number }>
  extends PlacedChartProps<R> {
  spec: ChartSpec<R, T, L>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * One chart's options, layout, texts and what is read off them, kept for the last few filter
 * states: a chart given the records it had before (the reader released a country) lays out and
 * describes nothing again, and a record's text is described once per data set (describeCache).
 */
function chartMemo<R, T extends DetailText, L extends { height: number }>() {
  type Spec = ChartSpec<R, T, L>;
  return {
    options: memoRecent(
      (options: ChartOptions, showAll: boolean, naming: NameContext) => ({ ...options, showAll, naming }),
      FILTER_STATES_KEPT,
    ),
    layout: memoRecent(
      (
        spec: Spec,
        items: readonly Matched<R>[],
        width: number,
        measure: MeasureText,
        options: LayoutOptions,
      ) => spec.compute(items, width, measure, options),
      FILTER_STATES_KEPT,
    ),
    texts: describeCache<R & object, T>() as (
      describe: Spec['describe'],
      items: readonly Matched<R>[],
      naming: NameContext,
    ) => T[],
    derived: memoRecent((spec: Spec, texts: readonly T[], layout: L, titles: ReadonlyMap<string, string>) => {
      const byId: ReadonlyMap<string, T> = new Map(texts.map((t) => [t.id, t]));
      const ordered = spec.ordered(texts, layout);
      return {
        byId,
        words: spec.words(texts, layout),
        marks: spec.marks(layout, byId),
        ordered,
        computed: spec.computed(layout, byId),
        notes: spec.notes(layout),
        fold: spec.fold?.(layout) ?? null,
        sources: sourceTitles(ordered.map(spec.articleOf), titles),
      };
    }, FILTER_STATES_KEPT),
  };
}

/** Any chart, from its spec: the one skeleton every chart shares. */
export function SpecChart<R, T extends DetailText, L extends { height: number }>({
  spec,
  items,
  status,
  emptyText,
  options,
  naming,
  measure,
  placeRef,
}: SpecChartProps<R, T, L>) {
  const { headingId, summaryId, measureRef, svgRef, width, interaction, stageProps } = useChartScaffold(
    spec.recordKind,
  );
  const [highlight, setHighlight] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [memo] = useState(() => chartMemo<R, T, L>());
  if (width === null)
    // The frame alone, to be measured: replaced before the browser paints (useChartWidth).
    return (
      <ChartFrame
        figureRef={placeRef}
        headingId={headingId}
        measureRef={measureRef}
        title={spec.facts.title}
        dek=""
        status="drawing"
        emptyText={emptyText}
        reserve={spec.facts.reserve.wide}
        wide={spec.wide}
        caption={null}
      />
    );
  const chartOptions = memo.options(options, showAll, naming);
  const layout = memo.layout(spec, items, width, measure, chartOptions);
  // Described after layout: what tooltips, the table, mark labels and the CSV say.
  const texts = memo.texts(spec.describe, items, naming);
  const { byId, words, marks, ordered, computed, notes, fold, sources } = memo.derived(
    spec,
    texts,
    layout,
    naming.titles,
  );
  const highlights = notes.highlights ?? [];
  const shown = highlights.find((h) => h.text === highlight);
  const leftOut = notes.leftOut ?? null;
  const sourceText = sourceLine(sources);
  const { Drawing, Table, Tooltip, Controls, Key } = spec;

  return (
    <ChartFrame
      figureRef={placeRef}
      headingId={headingId}
      measureRef={measureRef}
      title={words.title}
      dek={words.dek}
      status={status}
      emptyText={emptyText}
      reserve={reserveAt(spec.facts.reserve, width)}
      wide={spec.wide}
      caption={
        <>
          {words.caption} <SourceNote named={sources} />
        </>
      }
      tools={
        <>
          <DownloadButtons
            title={words.title}
            footer={[sourceText, words.footer]}
            svgRef={svgRef}
            csv={{
              rows: () => [...ordered.map(spec.csv.row), ...computed.map(computedCsvRow)],
              columns: spec.csv.columns,
            }}
          />
          <Table caption={`${words.title}: ${spec.nouns.table}`} rows={ordered} computed={computed} />
        </>
      }
    >
      {Controls !== undefined && <Controls layout={layout} />}
      {Key !== undefined && <Key />}
      <p id={summaryId} className="visually-hidden">
        {marks.map((m) => m.label).join('; ')}. {notes.summary}
      </p>
      <ChartStage
        {...stageProps}
        title={words.title}
        width={width}
        height={layout.height}
        marksLabel={`${words.title}: ${spec.nouns.marks}`}
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
      {fold !== null && (showAll || fold.shown < fold.total) && (
        <FoldNote fold={fold} showAll={showAll} onToggle={() => setShowAll(!showAll)} />
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

/** How a loaded spec draws, for the panel's lazy chart places (registry.tsx). */
export const drawSpec =
  <R, T extends DetailText, L extends { height: number }>(spec: ChartSpec<R, T, L>) =>
  (props: PlacedChartProps<R>): ReactNode => <SpecChart spec={spec} {...props} />;
