import type { AsPlainObject, Options } from 'minisearch';
import type { Article, Figure, PlaceFeature, ProjectFeature, TimelineEvent } from '../data/schema';
import { foldText } from '../lib/textOrder.ts';
import type { SearchKind } from '../state/searchSlice';

// What the search index holds, shared by the build (scripts/lib/searchIndexFile.ts writes it) and
// the app (which loads it on first use). Each article is one document for its title and byline
// and one per paragraph, so a hit names the paragraph to open at and a phrase's words must meet
// in one paragraph. Ids carry everything a hit needs ("a3.12" is paragraph 12 of the article
// listed 4th): the index stores no fields, which keeps the file small.

export interface SearchDocument {
  id: string;
  title?: string;
  byline?: string;
  body?: string;
  label?: string;
  measure?: string;
  reporter?: string;
  quote?: string;
  name?: string;
}

export const SEARCH_FIELDS = ['title', 'byline', 'body', 'label', 'measure', 'reporter', 'quote', 'name'];

// Words too common to tell documents apart: left out of the index and of queries, which makes the
// index about a fifth smaller and keeps "the" from matching every paragraph.
const STOP_WORDS = new Set(
  ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'in', 'is', 'it'].concat([
    'its',
    'of',
    'on',
    'or',
    'that',
    'the',
    'this',
    'to',
    'was',
    'were',
    'will',
    'with',
  ]),
);

/** Lower case with accents folded away ("Türkiye" finds "turkiye"); null for a stop word. */
export function processTerm(term: string): string | null {
  const folded = foldText(term);
  return folded === '' || STOP_WORDS.has(folded) ? null : folded;
}

/** The index's options; the app loads the file with the same ones. */
export const SEARCH_INDEX_OPTIONS: Options<SearchDocument> = {
  fields: SEARCH_FIELDS,
  storeFields: [],
  processTerm,
};

/** The file at /data/search-index.json. */
export interface SearchIndexFile {
  /** Article ids in the order the document ids number them. */
  articles: string[];
  /** MiniSearch's own serialisation. */
  index: AsPlainObject;
}

export interface SearchInput {
  articles: readonly Article[];
  figures: readonly Figure[];
  events: readonly TimelineEvent[];
  projects: readonly ProjectFeature[];
  places: readonly PlaceFeature[];
}

const PREFIX: Record<SearchKind, string> = {
  article: 'a',
  figure: 'f',
  event: 'e',
  project: 'p',
  place: 'l',
};

export function searchDocuments(input: SearchInput): SearchDocument[] {
  const docs: SearchDocument[] = [];
  input.articles.forEach((a, n) => {
    docs.push({ id: `a${n}`, title: a.title, ...(a.byline === undefined ? {} : { byline: a.byline }) });
    a.paragraphs.forEach((body, p) => {
      docs.push({ id: `a${n}.${p}`, body });
    });
  });
  for (const f of input.figures)
    docs.push({
      id: `f${f.id}`,
      label: f.label,
      ...(f.measure === undefined ? {} : { measure: f.measure }),
      ...(f.reportedBy === null ? {} : { reporter: f.reportedBy }),
      quote: f.source.quote,
    });
  for (const e of input.events) docs.push({ id: `e${e.id}`, label: e.label, quote: e.source.quote });
  for (const { properties: p } of input.projects)
    docs.push({ id: `p${p.id}`, name: p.name, ...('quote' in p.source ? { quote: p.source.quote } : {}) });
  for (const { properties: p } of input.places) docs.push({ id: `l${p.id}`, name: p.name });
  return docs;
}

export type DocRef =
  | { kind: 'article'; article: number; paragraph: number | null }
  | { kind: Exclude<SearchKind, 'article'>; id: string };

const KIND_OF: Record<string, Exclude<SearchKind, 'article'>> = {
  [PREFIX.figure]: 'figure',
  [PREFIX.event]: 'event',
  [PREFIX.project]: 'project',
  [PREFIX.place]: 'place',
};

/** What a document id stands for; null for an id this version does not write. */
export function parseDocId(id: string): DocRef | null {
  const head = id.charAt(0);
  if (head === PREFIX.article) {
    const match = /^a(\d+)(?:\.(\d+))?$/.exec(id);
    if (match === null) return null;
    return {
      kind: 'article',
      article: Number(match[1]),
      paragraph: match[2] === undefined ? null : Number(match[2]),
    };
  }
  const kind = KIND_OF[head];
  return kind === undefined || id.length < 2 ? null : { kind, id: id.slice(1) };
}
