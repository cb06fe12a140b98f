import type { CheckedArticle, PartsOf } from './checkDataset.ts';
import type { Problem } from './problem.ts';
import { isArticleSource } from './projectSource.ts';

// Findings that are not errors: the record is kept as written (a quote must stay verbatim), but a
// curator should look at it.

// Invisible characters that can reorder or disguise the text around them on screen: the
// bidirectional controls (marks, embeddings, overrides, isolates) and the zero-width characters.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;

/** Says which invisible character a text holds and where, or null when it holds none. */
export function describeInvisible(text: string): string | null {
  const match = BIDI.exec(text) ?? ZERO_WIDTH.exec(text);
  if (!match) return null;
  const code = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const what = BIDI.test(match[0]) ? 'a bidirectional control' : 'a zero-width character';
  return `contains ${code}, ${what}, at character ${match.index + 1}: it can reorder or hide what is shown around it`;
}

/** Where a route jumps more than half way round the world between two points, or null. */
export function longSegment(coordinates: readonly (readonly number[])[]): string | null {
  for (let i = 1; i < coordinates.length; i++) {
    const span = Math.abs((coordinates[i]?.[0] ?? 0) - (coordinates[i - 1]?.[0] ?? 0));
    if (span > 180)
      return `the segment from point ${i} to point ${i + 1} spans ${Math.round(span)}° of longitude: it crosses the antimeridian, or a longitude has the wrong sign`;
  }
  return null;
}

/**
 * Warnings on labels, names (of places, countries, publishers, reporters), titles and quotes that
 * hold invisible characters, and on routes that jump more than 180° between two points.
 */
export function recordWarnings(data: PartsOf<CheckedArticle>): Problem[] {
  const problems: Problem[] = [];
  const text = (file: string, record: string, field: string, value: string | null) => {
    const found = value === null ? null : describeInvisible(value);
    if (found) problems.push({ level: 'warning', file, record, field, message: `the ${field} ${found}` });
  };
  for (const a of data.articles ?? []) {
    text(`articles/${a.id}.md`, a.id, 'title', a.title);
    text(`articles/${a.id}.md`, a.id, 'publisher', a.publisher);
  }
  for (const c of [...(data.countries?.countries ?? []), ...(data.countries?.groups ?? [])])
    text('countries.json', c.code, 'name', c.name);
  for (const f of data.figures?.figures ?? []) {
    text('figures.json', f.id, 'label', f.label);
    text('figures.json', f.id, 'reportedBy', f.reportedBy);
    text('figures.json', f.id, 'source.quote', f.source.quote);
  }
  for (const [file, features] of [
    ['projects.geojson', data.projects?.features ?? []],
    ['places.geojson', data.places?.features ?? []],
  ] as const) {
    for (const { geometry, properties: p } of features) {
      text(file, p.id, 'name', p.name);
      if (isArticleSource(p.source)) text(file, p.id, 'source.quote', p.source.quote);
      const jump = geometry.type === 'LineString' ? longSegment(geometry.coordinates) : null;
      if (jump)
        problems.push({ level: 'warning', file, record: p.id, field: 'geometry.coordinates', message: jump });
    }
  }
  for (const e of data.events?.events ?? []) {
    text('events.json', e.id, 'label', e.label);
    text('events.json', e.id, 'source.quote', e.source.quote);
  }
  return problems;
}
