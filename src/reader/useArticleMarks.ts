import { useMemo } from 'react';
import type { Article } from '../data/schema';
import { useAppStore } from '../state/store';
import { termsForCode } from '../state/textSearch';
import { readyData, useLoadable } from '../state/useLoadable';
import { locateQuotes, type QuoteRange } from './highlight';
import { collectSources, type SourceEntry } from './sources';

export interface ArticleMarks {
  /** Each paragraph's record quotes (offsets within the paragraph). */
  ranges: readonly QuoteRange[][];
  /** The words that name a selected country: marked where the text is on screen (ArticleText). */
  terms: readonly string[];
  /** Every record quoted in this article, by key. */
  sources: ReadonlyMap<string, SourceEntry>;
  /** Records whose quote could not be found in this text. */
  missing: SourceEntry[];
  /** False until every record file has loaded: until then marks may be incomplete. */
  complete: boolean;
}

/** What the reader marks in an article: each record's quote, and the names of selected countries. */
export function useArticleMarks(article: Article): ArticleMarks {
  const figures = readyData(useLoadable('figures'));
  const projects = readyData(useLoadable('projects'));
  const places = readyData(useLoadable('places'));
  const events = readyData(useLoadable('events'));
  const countries = readyData(useLoadable('countries'));
  const selected = useAppStore((s) => s.countries);

  const { sources, ranges, missing } = useMemo(() => {
    const all = collectSources({
      figures: figures?.figures ?? [],
      projects: projects?.features ?? [],
      places: places?.features ?? [],
      events: events?.events ?? [],
    }).filter((e) => e.article === article.id);
    const located = locateQuotes(article.paragraphs, all);
    return {
      sources: new Map(all.map((e) => [e.key, e])),
      ranges: located.ranges,
      missing: all.filter((e) => located.missing.includes(e.key)),
    };
  }, [article, figures, projects, places, events]);

  const terms = useMemo(
    () =>
      countries === null
        ? []
        : selected.flatMap((code) => termsForCode(code, countries, places?.features ?? [])),
    [countries, selected, places],
  );

  const complete = figures !== null && projects !== null && places !== null && events !== null;
  return { ranges, terms, sources, missing, complete };
}
