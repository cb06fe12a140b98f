import type { ReactNode } from 'react';
import { useAppStore } from '../state/store';
import { LazyDetails } from '../ui/LazyDetails';
import type { ComputedValue } from './csvRows';
import type { EventText, FigureText } from './describeRecord';

// The chart's data as a table, for keyboard and screen-reader users and for anyone checking a
// value: every value with its unit, year, reporter and source sentence.

/** The table behind its disclosure, its rows built only while open (LazyDetails). */
function DataDetails({ caption, children }: { caption: string; children: () => ReactNode }) {
  return (
    <LazyDetails className="chart-data" summary="Data table">
      {() => (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        // biome-ignore lint/a11y/useSemanticElements: a scroll container, not a page section
        <div className="chart-table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <table className="chart-table">
            <caption>{caption}</caption>
            {children()}
          </table>
        </div>
      )}
    </LazyDetails>
  );
}

function SourceButton({
  kind,
  id,
  article,
  name,
}: {
  kind: 'figure' | 'event';
  id: string;
  article: string;
  name: string;
}) {
  const showSource = useAppStore((s) => s.showSource);
  return (
    <button
      type="button"
      className="chart-button chart-button--small"
      onClick={() => showSource({ kind, id }, article)}
      aria-label={`Show source of ${name}`}
    >
      Show source
    </button>
  );
}

export function FigureTable({
  caption,
  rows,
  computed = [],
}: {
  caption: string;
  rows: readonly FigureText[];
  computed?: readonly ComputedValue[];
}) {
  return (
    <DataDetails caption={caption}>
      {() => (
        <>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Value</th>
              <th scope="col">Unit</th>
              <th scope="col">Year or date</th>
              <th scope="col">Reported by</th>
              <th scope="col">Source sentence</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.id}>
                <th scope="row">
                  {t.figure.label}
                  {t.regional !== null && <span className="chart-table-note"> ({t.regional})</span>}
                </th>
                <td>{t.value}</td>
                <td>{t.figure.unit}</td>
                <td>{t.asOf ?? t.year}</td>
                <td>{t.reporter}</td>
                <td>
                  <q>{t.figure.source.quote}</q> <span className="chart-table-note">{t.articleTitle}</span>
                </td>
                <td>
                  <SourceButton
                    kind="figure"
                    id={t.id}
                    article={t.figure.source.article}
                    name={t.figure.label}
                  />
                </td>
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
          </tbody>
        </>
      )}
    </DataDetails>
  );
}

export function EventTable({ caption, rows }: { caption: string; rows: readonly EventText[] }) {
  return (
    <DataDetails caption={caption}>
      {() => (
        <>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Known to</th>
              <th scope="col">Event</th>
              <th scope="col">Source sentence</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.id}>
                <td>{t.event.scheduled ? `${t.date} (scheduled)` : t.date}</td>
                <td>{t.event.precision}</td>
                <th scope="row">
                  {t.event.label}
                  {t.regional !== null && <span className="chart-table-note"> ({t.regional})</span>}
                </th>
                <td>
                  <q>{t.event.source.quote}</q> <span className="chart-table-note">{t.articleTitle}</span>
                </td>
                <td>
                  <SourceButton
                    kind="event"
                    id={t.id}
                    article={t.event.source.article}
                    name={t.event.label}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </>
      )}
    </DataDetails>
  );
}
