import { isArticleSource } from '../data/projectSource';
import type { Figure, PlaceFeature, ProjectFeature, TimelineEvent } from '../data/schema';
import { formatValue } from '../lib/formatValue';
import type { RecordRef } from '../state/selectionSlice';

// Every record's quote, with a short name a screen reader can say: the reader marks these in the
// article text and selects the record when its mark is activated.

export interface SourceEntry {
  key: string;
  ref: RecordRef;
  article: string;
  quote: string;
  /** "Deaths in Iran from Israeli attacks: 224 people, reported by Iranian officials". */
  name: string;
}

export const refKey = (ref: RecordRef): string => `${ref.kind}:${ref.id}`;

export function describeFigure(f: Figure): string {
  const amount = formatValue(f.value, f.unit, f.qualifier, {
    ...(f.unit === 'people' ? { noun: 'people', nounOne: 'person' } : {}),
    ...(f.measure === undefined ? {} : { noun: f.measure }),
    ...(f.valueHigh === undefined ? {} : { high: f.valueHigh }),
  });
  return `${f.label}: ${amount}${f.reportedBy === null ? '' : `, reported by ${f.reportedBy}`}`;
}

export interface SourceData {
  figures: readonly Figure[];
  projects: readonly ProjectFeature[];
  places: readonly PlaceFeature[];
  events: readonly TimelineEvent[];
}

export function collectSources(data: SourceData): SourceEntry[] {
  const entry = (ref: RecordRef, source: { article: string; quote: string }, name: string): SourceEntry => ({
    key: refKey(ref),
    ref,
    article: source.article,
    quote: source.quote,
    name,
  });
  return [
    ...data.figures.map((f) => entry({ kind: 'figure', id: f.id }, f.source, describeFigure(f))),
    // A project imported from a dataset has no sentence in any article to mark.
    ...data.projects.flatMap(({ properties: p }) =>
      isArticleSource(p.source)
        ? [entry({ kind: 'project', id: p.id }, p.source, `${p.name} (project, ${p.status})`)]
        : [],
    ),
    ...data.places.map(({ properties: p }) =>
      entry({ kind: 'place', id: p.id }, p.source, `${p.name} (place)`),
    ),
    ...data.events.map((e) => entry({ kind: 'event', id: e.id }, e.source, `${e.label} (event, ${e.date})`)),
  ];
}

/**
 * Which record a mark selects when activated. A mark can stand for several records (a place and
 * an event quoting the same words): the first activation selects the most specific, each further
 * one the next, so every record is reachable from the keyboard.
 */
export function nextRecord(keys: readonly string[], selectedKey: string | null): string | null {
  if (keys.length === 0) return null;
  const at = selectedKey === null ? -1 : keys.indexOf(selectedKey);
  return keys[(at + 1) % keys.length] ?? null;
}
