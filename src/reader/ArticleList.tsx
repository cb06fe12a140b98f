import { useMemo } from 'react';
import type { Article, CountriesFile, PlaceFeature } from '../data/schema';
import { termsForCode } from '../state/highlightTerms';
import { MentionIndex } from '../state/mentionIndex';
import { useAppStore } from '../state/store';
import { readyData, useLoadable } from '../state/useLoadable';
import { ArticleByline } from './byline';

// Every name a selection could mark, indexed in every article on the first selection and kept
// while the data stays the same, so later filter changes only walk the occurrences.
const indexes = new WeakMap<readonly Article[], { key: readonly unknown[]; index: MentionIndex }>();

function mentionIndexFor(
  articles: readonly Article[],
  countries: CountriesFile,
  places: readonly PlaceFeature[],
): MentionIndex {
  const known = indexes.get(articles);
  if (known && known.key[0] === countries && known.key[1] === places) return known.index;
  const names = [
    ...[...countries.countries, ...countries.groups].flatMap((e) => [e.name, ...e.aliases]),
    ...places.map((p) => p.properties.name),
  ];
  const index = new MentionIndex(
    articles.map((a) => a.paragraphs),
    names,
  );
  indexes.set(articles, { key: [countries, places], index });
  return index;
}

const NO_PLACES: readonly PlaceFeature[] = [];

/** How often each article names a selected country, a place in it, or a selected bloc. */
function useMentionCounts(articles: readonly Article[]): ReadonlyMap<string, number> | null {
  const selected = useAppStore((s) => s.countries);
  const countries = readyData(useLoadable('countries'));
  const places = readyData(useLoadable('places'))?.features ?? NO_PLACES;
  return useMemo(() => {
    if (selected.length === 0 || countries === null) return null;
    const index = mentionIndexFor(articles, countries, places);
    const terms = selected.flatMap((c) => termsForCode(c, countries, places));
    return new Map(articles.map((a, i) => [a.id, index.count(i, terms)]));
  }, [selected, countries, places, articles]);
}

/** The articles behind every figure; each opens in full in the reader. */
export function ArticleList({ articles, openId }: { articles: readonly Article[]; openId: string | null }) {
  const openArticleById = useAppStore((s) => s.openArticleById);
  const mentions = useMentionCounts(articles);
  return (
    <ul className={`article-list${openId === null ? '' : ' is-compact'}`}>
      {articles.map((a) => {
        const count = mentions?.get(a.id);
        return (
          <li key={a.id}>
            <h3>
              <button
                type="button"
                className="article-link"
                aria-current={a.id === openId ? 'true' : undefined}
                onClick={() => openArticleById(a.id === openId ? null : a.id)}
              >
                <bdi>{a.title}</bdi>
              </button>
            </h3>
            <p className="muted article-meta">
              <ArticleByline article={a} />
              {count !== undefined && (
                <span className="mention-count">
                  {' · '}
                  {count === 0 ? 'no mention' : count === 1 ? '1 mention' : `${count} mentions`} of the
                  selected countries
                </span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
