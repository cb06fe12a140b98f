import { useMemo } from 'react';
import { selectAllReady, selectFileData, selectRecords } from '../state/records';
import { useAppStore } from '../state/store';
import { termsForCode } from '../state/textSearch';
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
export function useArticleMarks(articleId: string, paragraphs: readonly string[]): ArticleMarks {
  const figures = useAppStore((s) => selectRecords(s, 'figures'));
  const projects = useAppStore((s) => selectRecords(s, 'projects'));
  const places = useAppStore((s) => selectRecords(s, 'places'));
  const events = useAppStore((s) => selectRecords(s, 'events'));
  const countries = useAppStore((s) => selectFileData(s, 'countries'));
  const selected = useAppStore((s) => s.countries);

  const { sources, ranges, missing } = useMemo(() => {
    const all = collectSources({
      figures,
      projects,
      places,
      events,
    }).filter((e) => e.article === articleId);
    const located = locateQuotes(paragraphs, all);
    return {
      sources: new Map(all.map((e) => [e.key, e])),
      ranges: located.ranges,
      missing: all.filter((e) => located.missing.includes(e.key)),
    };
  }, [articleId, paragraphs, figures, projects, places, events]);

  const terms = useMemo(
    () => (countries === null ? [] : selected.flatMap((code) => termsForCode(code, countries, places))),
    [countries, selected, places],
  );

  const complete = useAppStore((s) => selectAllReady(s, ['figures', 'projects', 'places', 'events']));
  return { ranges, terms, sources, missing, complete };
}
