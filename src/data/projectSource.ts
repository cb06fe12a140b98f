import type { ProjectSource, Source } from './schema.ts';

// A project, or one of its facts, cites an article's sentence or a dataset's record. Type-only
// imports: this runs in the first view without pulling the validator in.

/** True for an article's sentence, false for a dataset's record. */
export const isArticleSource = (source: ProjectSource): source is Source => 'article' in source;

/** The article a source's sentence is in; null for a dataset record. */
export const articleOf = (source: ProjectSource): string | null =>
  isArticleSource(source) ? source.article : null;

/** How a dataset record is cited in words: "AidData GCDF 3.0, record 12345". */
export const citeRecord = (source: ProjectSource): string =>
  isArticleSource(source) ? source.article : `${source.dataset}, record ${source.record}`;
