import type { ComponentType } from 'react';
import type { Figure } from '../data/schema';
import type { CsvRow } from '../lib/downloadFile';
import type { Matched } from '../state/selectors';
import type { TimeRange } from '../state/timeRange';
import type { StageMark } from './ChartStage';
import { type ComputedValue, FIGURE_COLUMNS, figureCsvRow } from './csvRows';
import { FigureTable } from './DataTables';
import { describeFigure, type FigureText, type NameContext } from './describeRecord';
import { FigureTooltip } from './RecordTooltip';
import type { MeasureText } from './textMeasure';
import type { YearChoice } from './trade/relationships';

// One skeleton for every chart: a spec says what the chart is, and SpecChart renders any spec
// the same way (frame, title, stage, marks, tooltip, downloads, table, selection). A figure
// chart is written with `figureChart`, which fills in what every figure chart shares.

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

export interface ChartSpec<R, T extends { id: string }, L extends { height: number }> {
  /** Stable key: "trade", "claims". */
  id: string;
  recordKind: 'figure' | 'event';
  /** Said when there is nothing to draw ("trade figures"), what the marks are ("bars"), the table's noun. */
  nouns: { empty: string; marks: string; table: string };
  wide: boolean;
  /** Shown only when the data set has records for it, so a data set without the kind is not padded. */
  optional: boolean;
  /** Height held for the chart before it draws, so the page does not jump. */
  reserve: (width: number) => number;
  /** Which records the chart takes. */
  takes: (record: R) => boolean;
  /** At most this many records reach the chart; the panel says how many it left out. */
  cap: Cap<R>;
  /** The article a record's sentence comes from. */
  articleOf: (text: T) => string;
  describe: (record: R, match: Matched<R>['match'], naming: NameContext) => T;
  /** The pure layout: every position and every computed number. */
  compute: (texts: readonly T[], width: number, measure: MeasureText, options: ChartOptions) => L;
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

/** What a figure chart must say; everything else has a default. */
type FigureChartParts<L extends { height: number }> = Pick<
  ChartSpec<Figure, FigureText, L>,
  'id' | 'nouns' | 'reserve' | 'takes' | 'cap' | 'compute' | 'words' | 'Drawing' | 'marks'
> &
  Partial<ChartSpec<Figure, FigureText, L>>;

const inOrder = <T>(texts: readonly T[]): readonly T[] => texts;
const noComputed = (): ComputedValue[] => [];
const noNotes = (): ChartNotes => ({});

/** A figure chart: its own parts over the defaults every figure chart shares. */
export function figureChart<L extends { height: number }>(
  parts: FigureChartParts<L>,
): ChartSpec<Figure, FigureText, L> {
  return {
    recordKind: 'figure',
    wide: false,
    optional: false,
    articleOf: (t) => t.figure.source.article,
    describe: (record, match, naming) => describeFigure(record, match, naming),
    ordered: inOrder,
    computed: noComputed,
    notes: noNotes,
    csv: { columns: FIGURE_COLUMNS, row: figureCsvRow },
    Table: FigureTable,
    Tooltip: FigureTooltip,
    ...parts,
  };
}

/** The defaults for a spec not about figures (the timeline). */
export const SPEC_DEFAULTS = {
  wide: false,
  optional: false,
  ordered: inOrder,
  computed: noComputed,
  notes: noNotes,
};
