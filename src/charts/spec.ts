import type { ComponentType } from 'react';
import type { Figure, TimelineEvent } from '../data/schema';
import type { CsvRow } from '../lib/downloadFile';
import type { Matched } from '../state/selectors';
import type { TimeRange } from '../state/timeRange';
import type { StageMark } from './ChartStage';
import { type ComputedValue, EVENT_COLUMNS, eventCsvRow, FIGURE_COLUMNS, figureCsvRow } from './csvRows';
import { EventTable, FigureTable } from './DataTables';
import {
  describeEvent,
  describeFigure,
  type EventText,
  type FigureText,
  type NameContext,
} from './describeRecord';
import type { PlacedMark } from './geometry';
import type { KindFacts } from './kinds';
import { EventTooltip, FigureTooltip } from './RecordTooltip';
import type { MeasureText } from './textMeasure';
import type { YearChoice } from './trade/relationships';

// One skeleton for every chart: a spec says what the chart is, and SpecChart renders any spec
// the same way (frame, title, stage, marks, tooltip, downloads, table, selection). A chart is
// written with `figureChart` or `eventChart`, which fill in what every chart of its records
// shares. The compute lays out the records themselves; the texts that tooltips, tables, mark
// labels and CSV read are described after layout.

export interface DrawingProps<L> {
  layout: L;
  selectedId: string | null;
  activeId: string | null;
  /** Marks picked out by a part of the chart's notes ("2 approximate"). */
  highlighted: ReadonlySet<string>;
}

export interface ChartWords {
  title: string;
  dek: string;
  /** Under the chart, before the source line. */
  caption: string;
  /** Printed under an exported image, after the source line. */
  footer: string;
}

/** A part of a note that picks out the marks it counts. */
export interface Highlight {
  text: string;
  ids: readonly string[];
}

/** What the panel reads from the store for the charts, passed to every chart as a prop. */
export interface ChartOptions {
  /** The year the trade bars show. */
  tradeYear: YearChoice;
  groupMembers: ReadonlyMap<string, ReadonlySet<string>>;
  names: ReadonlyMap<string, string>;
  /** The time range the records are narrowed to; axes over time span it when it is set. */
  range: TimeRange;
  /** Draw every group the chart can, not only its first few (the chart's "Show all" button). */
  showAll?: boolean;
}

/** A chart that draws its first few groups until asked for all: how many it drew of how many. */
export interface Fold {
  shown: number;
  total: number;
  /** What a group is called: "relationships", "panels". */
  noun: string;
}

export interface Cap<R> {
  limit: number;
  rule: string;
  compare?: (a: Matched<R>, b: Matched<R>) => number;
}

/** What the notes under a drawing say, all optional. */
export interface ChartNotes {
  /** Extra words for screen readers after the marks' labels. */
  summary?: string;
  /** Notes whose parts highlight marks. */
  highlights?: readonly Highlight[];
  /** What the chart itself left out, and how to see it. */
  leftOut?: string | null;
}

/** What a compute lays records out with: the panel's options and the names for codes. */
export type LayoutOptions = ChartOptions & { naming: NameContext };

export interface ChartSpec<R, T extends { id: string }, L extends { height: number }> {
  /** What the panel knows before the code loads: id, title, which records, the cap, the height held. */
  facts: KindFacts<R>;
  recordKind: 'figure' | 'event';
  /** What the marks are ("bars"), and the table's noun. */
  nouns: { marks: string; table: string };
  wide: boolean;
  /** The article a record's sentence comes from. */
  articleOf: (text: T) => string;
  /** Everything a tooltip, table row or CSV line says about a record, worked out after layout. */
  describe: (record: R, match: Matched<R>['match'], naming: NameContext) => T;
  /** The pure layout from the records: every position and computed number, and the labels it places. */
  compute: (records: readonly Matched<R>[], width: number, measure: MeasureText, options: LayoutOptions) => L;
  words: (texts: readonly T[], layout: L) => ChartWords;
  Drawing: ComponentType<DrawingProps<L>>;
  /** The focusable marks, each with what a screen reader says for it. */
  marks: (layout: L, byId: ReadonlyMap<string, T>) => StageMark[];
  /** Records in the order the chart shows them (table and CSV). */
  ordered: (texts: readonly T[], layout: L) => readonly T[];
  /** Values the chart computes, each with its formula (table and CSV). */
  computed: (layout: L, byId: ReadonlyMap<string, T>) => ComputedValue[];
  notes: (layout: L) => ChartNotes;
  csv: { columns: readonly string[]; row: (text: T) => CsvRow };
  Table: ComponentType<{ caption: string; rows: readonly T[]; computed?: readonly ComputedValue[] }>;
  Tooltip: ComponentType<{ text: T }>;
  /** Groups drawn of those the chart can draw, for one "Show all" action; absent = never folded. */
  fold?: (layout: L) => Fold | null;
  /** Controls above the drawing (the trade year); given the layout they control. */
  Controls?: ComponentType<{ layout: L }>;
  /** A key above the drawing. */
  Key?: ComponentType;
}

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
