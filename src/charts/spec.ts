import type { ComponentType } from 'react';
import type { CsvRow } from '../lib/downloadFile';
import type { Matched } from '../state/selectors';
import type { StageMark } from './ChartStage';
import type { ComputedValue } from './csvRows';
import type { NameContext } from './describeRecord';
import type { MeasureText } from './textMeasure';

// One skeleton for every chart: a spec says what the chart is, and SpecChart renders any spec
// the same way (frame, title, stage, marks, tooltip, downloads, table, selection).

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

export interface ChartSpec<R, T extends { id: string }, L extends { height: number }, O = null> {
  /** Stable key: "trade", "claims". */
  id: string;
  recordKind: 'figure' | 'event';
  /** "trade figures": said when there is nothing to draw. */
  emptyNoun: string;
  /** What the marks are, for the group of mark buttons: "bars". */
  marksNoun: string;
  wide?: boolean;
  /** Height held for the chart before it draws, so the page does not jump. */
  reserve: (width: number) => number;
  /** Which records the chart takes. */
  takes: (record: R) => boolean;
  /** At most this many records reach the chart; the panel says how many it left out. */
  cap: { limit: number; rule: string; compare?: (a: Matched<R>, b: Matched<R>) => number };
  /** The article a record's sentence comes from. */
  articleOf: (text: T) => string;
  describe: (record: R, match: Matched<R>['match'], ctx: NameContext) => T;
  /** Options the chart reads from the store (the trade year). */
  useOptions?: () => O;
  /** The pure layout: every position and every computed number. */
  compute: (texts: readonly T[], width: number, measure: MeasureText, options: O) => L;
  words: (texts: readonly T[], layout: L) => ChartWords;
  Drawing: ComponentType<DrawingProps<L>>;
  /** The focusable marks, each with what a screen reader says for it. */
  marks: (layout: L, byId: ReadonlyMap<string, T>) => StageMark[];
  /** Records in the order the chart shows them (table and CSV). */
  ordered?: (texts: readonly T[], layout: L) => T[];
  /** Values the chart computes, each with its formula (table and CSV). */
  computed?: (layout: L, byId: ReadonlyMap<string, T>) => ComputedValue[];
  csv: { columns: readonly string[]; row: (text: T) => CsvRow };
  Table: ComponentType<{ caption: string; rows: readonly T[]; computed?: readonly ComputedValue[] }>;
  Tooltip: ComponentType<{ text: T }>;
  /** Extra words for screen readers after the marks' labels. */
  summary?: (layout: L) => string;
  /** Controls above the drawing (the trade year); given the layout they control. */
  Controls?: ComponentType<{ layout: L }>;
  /** Notes whose parts highlight marks. */
  highlights?: (layout: L) => readonly Highlight[];
  /** What the chart itself left out, and how to see it. */
  leftOut?: (layout: L) => string | null;
  /** A key above the drawing. */
  Key?: ComponentType;
  /** The table's caption, after the title. */
  tableNoun: string;
}
