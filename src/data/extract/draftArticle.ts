import { type Article, isoDate } from '../schema';
import { type FigureCandidate, type FindCountries, findFigureCandidates } from './candidates';
import { namedIn } from './context';
import { type Draft, type DraftOptions, draftFigures } from './draft';

// The one call the workbench needs: an article's figures drafted as of a published date the
// curator gives (a pasted page has none of its own until they do), so "last year" and "in the
// first quarter" resolve against it. Every year or period read from the date is listed as a guess;
// with no date they stay empty and the draft says why.

export interface ArticleDraftOptions extends DraftOptions {
  findCountries: FindCountries;
}

export interface ArticleDraft extends Draft {
  /** Every amount the article states, in order: each has a record in `figures` or a `skipped` entry. */
  candidates: FigureCandidate[];
  /** Why relative years and periods could not be resolved, when they could not; else null. */
  dateNote: string | null;
}

export function draftArticle(
  article: Article,
  published: string | null,
  options: ArticleDraftOptions,
): ArticleDraft {
  const valid = published !== null && isoDate.safeParse(published).success;
  const dated: Article = { ...article, published: valid ? published : null };
  const candidates = findFigureCandidates(dated, { findCountries: options.findCountries });
  // The headline's own subject says whose figures a clause means when it names only a partner.
  const title = namedIn(options.findCountries(article.title), 0, article.title, 0, article.title.length);
  const groups = options.groupCodes ?? new Set<string>();
  const articleSubject =
    title.codes.find((code, i) => title.roles[i] === 'plain' && !groups.has(code)) ??
    options.articleSubject ??
    null;
  const draft = draftFigures(dated, candidates, { ...options, articleSubject });
  const dateNote = valid
    ? null
    : published === null
      ? 'no published date: "last year", "this year" and parts of a year without a year stay empty; give the date to resolve them'
      : `"${published}" is not a date (yyyy-mm-dd): "last year" and parts of a year without a year stay empty`;
  return { ...draft, candidates, dateNote };
}
