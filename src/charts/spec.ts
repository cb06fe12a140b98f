import type { ComponentType } from 'react';
import type { CsvRow } from '../lib/downloadFile';
import type { Matched } from '../state/selectors';
import type { TimeRange } from '../state/timeRange';
import type { StageMark } from './ChartStage';
import type { ComputedValue } from './csvRows';
import type { NameContext } from './describeRecord';
import type { KindFacts } from './kinds';
import type { MeasureText } from './textMeasure';
import type { YearChoice } from './trade/relationships';

// One skeleton for every chart: a spec says what the chart is, and SpecChart renders any spec
// the same way (frame, title, stage, marks, tooltip, downloads, table, selection). A chart is
// written with `figureChart` or `eventChart` (specDefaults.ts), which fill in what every chart of
// its records shares. The compute lays out the records themselves; the texts that tooltips,
// tables, mark labels and CSV read are described after layout.

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
  /** Which of them are drawn first, when not the first in order: "latest". */
  which?: string;
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
