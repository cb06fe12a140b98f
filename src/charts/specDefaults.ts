import type { Figure, TimelineEvent } from '../data/schema';
import type { StageMark } from './ChartStage';
import { type ComputedValue, EVENT_COLUMNS, eventCsvRow, FIGURE_COLUMNS, figureCsvRow } from './csvRows';
import { EventTable, FigureTable } from './DataTables';
import { describeEvent, describeFigure, type EventText, type FigureText } from './describeRecord';
import type { PlacedMark } from './geometry';
import type { KindFacts } from './kinds';
import { EventTooltip, FigureTooltip } from './RecordTooltip';
import type { ChartNotes, ChartSpec, ChartWords } from './spec';

// The defaults every chart spec shares, and the small helpers specs write their parts with: a
// chart is its kind's facts and its own parts over these.

/** A chart's words; the title is the kind's own unless the chart names its subject. */
export type SpecWords = Omit<ChartWords, 'title'> & { title?: string };

/** What a chart must say; everything else has a default. */
type ChartParts<R, T extends { id: string }, L extends { height: number }> = Pick<
  ChartSpec<R, T, L>,
  'nouns' | 'compute' | 'Drawing' | 'marks'
> & { words: (texts: readonly T[], layout: L) => SpecWords } & Partial<
    Omit<ChartSpec<R, T, L>, 'facts' | 'words'>
  >;

/**
 * The records the layout drew, in the order drawn; then the rest, for the table, unless another
 * chart's table lists them (`rest: 'dropped'`).
 */
export function inLayoutOrder<T extends { id: string }>(
  texts: readonly T[],
  drawn: readonly string[],
  rest: 'kept' | 'dropped' = 'kept',
): T[] {
  const rank = new Map(drawn.map((id, i) => [id, i]));
  const sorted = [...texts].sort((a, b) => (rank.get(a.id) ?? rank.size) - (rank.get(b.id) ?? rank.size));
  return rest === 'kept' ? sorted : sorted.filter((t) => rank.has(t.id));
}

/** A placed mark with what a screen reader says for it. */
export const labelled = (mark: PlacedMark, label: string): StageMark => ({
  id: mark.id,
  hit: mark.hit,
  anchor: mark.anchor,
  label,
});

/** Notes that say what the chart left out, each sentence given only when it has something to say. */
export function leftOutNotes(...sentences: readonly (string | null)[]): ChartNotes {
  const said = sentences.filter((s) => s !== null && s !== '').join(' ');
  return { leftOut: said === '' ? null : said, summary: said };
}

const inOrder = <T>(texts: readonly T[]): readonly T[] => texts;
const noComputed = (): ComputedValue[] => [];
const noNotes = (): ChartNotes => ({});

/** Any chart: the kind's facts, the chart's own parts, and the defaults every chart shares. */
function chart<R, T extends { id: string }, L extends { height: number }>(
  facts: KindFacts<R>,
  defaults: Pick<ChartSpec<R, T, L>, 'recordKind' | 'articleOf' | 'describe' | 'csv' | 'Table' | 'Tooltip'>,
  { words, ...parts }: ChartParts<R, T, L>,
): ChartSpec<R, T, L> {
  return {
    facts,
    wide: false,
    ordered: inOrder,
    computed: noComputed,
    notes: noNotes,
    ...defaults,
    ...parts,
    words: (texts, layout) => ({ title: facts.title, ...words(texts, layout) }),
  };
}

/** A chart of figures. */
export const figureChart = <L extends { height: number }>(
  facts: KindFacts,
  parts: ChartParts<Figure, FigureText, L>,
): ChartSpec<Figure, FigureText, L> =>
  chart(
    facts,
    {
      recordKind: 'figure',
      articleOf: (t) => t.figure.source.article,
      describe: (record, match, naming) => describeFigure(record, match, naming),
      csv: { columns: FIGURE_COLUMNS, row: figureCsvRow },
      Table: FigureTable,
      Tooltip: FigureTooltip,
    },
    parts,
  );

/** A chart of dated events. */
export const eventChart = <L extends { height: number }>(
  facts: KindFacts<TimelineEvent>,
  parts: ChartParts<TimelineEvent, EventText, L>,
): ChartSpec<TimelineEvent, EventText, L> =>
  chart(
    facts,
    {
      recordKind: 'event',
      articleOf: (t) => t.event.source.article,
      describe: (record, match, naming) => describeEvent(record, match, naming),
      csv: { columns: EVENT_COLUMNS, row: eventCsvRow },
      Table: EventTable,
      Tooltip: EventTooltip,
    },
    parts,
  );
