import type { ReactNode } from 'react';
import { useAppStore } from '../state/store';
import { LazyDetails } from '../ui/LazyDetails';
import type { ComputedValue } from './csvRows';
import type { EventText, FigureText } from './describeRecord';

// The chart's data as a table, for keyboard and screen-reader users and for anyone checking a
// value: every value with its unit, year, reporter and source sentence.

/**
 * The table behind its disclosure, mounted only while open (LazyDetails): at corpus scale the
 * closed tables were three quarters of the page's elements, rebuilt on every filter change. Its
 * rows are built only while open, too: a chart of thousands of records made a row element per
 * record and cell at every render, for a table nobody had opened.
 */
function DataDetails({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly string[];
  rows: () => ReactNode;
}) {
  return (
    <LazyDetails className="chart-data" summary="Data table">
      {() => (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        // biome-ignore lint/a11y/useSemanticElements: a scroll container, not a page section
        <div className="chart-table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <table className="chart-table">
            <caption>{caption}</caption>
            <Columns names={columns} />
            <tbody>{rows()}</tbody>
          </table>
        </div>
      )}
    </LazyDetails>
  );
}

/** The header row: one column per name, and a last one for each row's source button. */
function Columns({ names }: { names: readonly string[] }) {
  return (
    <thead>
      <tr>
        {names.map((name) => (
          <th key={name} scope="col">
            {name}
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}

interface Sourced {
  id: string;
  label: string;
  source: { article: string; quote: string };
}

/** A record's source sentence, its article, and the button that opens it in the reader. */
function SourceCells({
  kind,
  record,
  articleTitle,
}: {
  kind: 'figure' | 'event';
  record: Sourced;
  articleTitle: string;
}) {
  const showSource = useAppStore((s) => s.showSource);
  return (
    <>
      <td>
        <q>{record.source.quote}</q> <span className="chart-table-note">{articleTitle}</span>
      </td>
      <td>
        <button
          type="button"
          className="chart-button chart-button--small"
          onClick={() => showSource({ kind, id: record.id }, record.source.article)}
          aria-label={`Show source of ${record.label}`}
        >
          Show source
        </button>
      </td>
    </>
  );
}

/** A row's heading: what the record is, with its regional note. */
const RowName = ({ label, regional }: { label: string; regional: string | null }) => (
  <th scope="row">
    {label}
    {regional !== null && <span className="chart-table-note"> ({regional})</span>}
  </th>
);

/** Rows as they are, or described only when the table is opened. */
export type TableRows<T> = readonly T[] | (() => readonly T[]);
const rowsOf = <T,>(rows: TableRows<T>): readonly T[] => (typeof rows === 'function' ? rows() : rows);

export function FigureTable({
  caption,
  rows,
  computed = [],
}: {
  caption: string;
  rows: TableRows<FigureText>;
  computed?: readonly ComputedValue[];
}) {
  return (
    <DataDetails
      caption={caption}
      columns={['Figure', 'Value', 'Unit', 'Year or date', 'Reported by', 'Source sentence']}
      rows={() => (
        <>
          {rowsOf(rows).map((t) => (
            <tr key={t.id}>
              <RowName label={t.figure.label} regional={t.regional} />
              <td>{t.value}</td>
              <td>{t.figure.unit}</td>
              <td>{t.asOf ?? t.year}</td>
              <td>{t.reporter}</td>
              <SourceCells kind="figure" record={t.figure} articleTitle={t.articleTitle} />
            </tr>
          ))}
          {computed.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.label}</th>
              <td>{c.asWritten}</td>
              <td>{c.unit}</td>
              <td>n/a</td>
              <td>Computed by Crossroads</td>
              <td>Formula: {c.formula}</td>
              <td />
            </tr>
          ))}
        </>
      )}
    />
  );
}

export function EventTable({ caption, rows }: { caption: string; rows: readonly EventText[] }) {
  return (
    <DataDetails
      caption={caption}
      columns={['Date', 'Known to', 'Event', 'Source sentence']}
      rows={() =>
        rows.map((t) => (
          <tr key={t.id}>
            <td>{t.event.scheduled ? `${t.date} (scheduled)` : t.date}</td>
            <td>{t.event.precision}</td>
            <RowName label={t.event.label} regional={t.regional} />
            <SourceCells kind="event" record={t.event} articleTitle={t.articleTitle} />
          </tr>
        ))
      }
    />
  );
}
