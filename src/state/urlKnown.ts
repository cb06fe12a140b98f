import type { DataFiles } from './dataSlice';
import type { RecordKind } from './selectionSlice';
import { quoteForNotice, type UrlState } from './url';

// A parsed link is well formed but may still name things the data does not have (a code not in
// countries.json, an article that was removed). Each part is checked once its file has loaded.

export interface KnownIds {
  /** Codes a link may select: every country, and the blocs the filter offers as one toggle. */
  codes: ReadonlySet<string> | null;
  /** Groups offered as a heading over their members (Central Asia): a link naming one selects them. */
  expandable: ReadonlyMap<string, readonly string[]> | null;
  /** Record ids by kind, for each kind whose file has loaded. */
  records: ReadonlyMap<RecordKind, ReadonlySet<string>>;
  articles: ReadonlySet<string> | null;
  /** Years that trade figures are for, once figures have loaded. */
  tradeYears: ReadonlySet<number> | null;
}

export function knownIdsOf(files: DataFiles): KnownIds {
  const c = files.countries.status === 'ready' ? files.countries.data : null;
  const records = new Map<RecordKind, ReadonlySet<string>>();
  if (files.figures.status === 'ready')
    records.set('figure', new Set(files.figures.data.figures.map((f) => f.id)));
  if (files.projects.status === 'ready')
    records.set('project', new Set(files.projects.data.features.map((f) => f.properties.id)));
  if (files.places.status === 'ready')
    records.set('place', new Set(files.places.data.features.map((f) => f.properties.id)));
  if (files.events.status === 'ready')
    records.set('event', new Set(files.events.data.events.map((e) => e.id)));
  return {
    codes:
      c === null
        ? null
        : new Set([
            ...c.countries.map((x) => x.code),
            ...c.groups.filter((g) => g.selectable).map((g) => g.code),
          ]),
    expandable:
      c === null ? null : new Map(c.groups.filter((g) => !g.selectable).map((g) => [g.code, g.members])),
    records,
    articles: files.articles.status === 'ready' ? new Set(files.articles.data.map((a) => a.id)) : null,
    tradeYears:
      files.figures.status === 'ready'
        ? new Set(
            files.figures.data.figures.flatMap((f) =>
              f.kind === 'trade' && f.year !== null ? [f.year] : [],
            ),
          )
        : null,
  };
}

/** Drops what the loaded data does not know; parts whose file has not loaded are kept as they are. */
export function checkAgainstData(state: UrlState, known: KnownIds): { state: UrlState; dropped: string[] } {
  const dropped: string[] = [];
  let countries = state.countries;
  if (known.codes !== null && known.expandable !== null) {
    const kept = new Set<string>();
    for (const code of state.countries) {
      const members = known.expandable.get(code);
      if (known.codes.has(code)) kept.add(code);
      else if (members !== undefined) for (const m of members) kept.add(m);
      else dropped.push(`The country code ${quoteForNotice(code)} in the link is not in the data.`);
    }
    countries = [...kept].sort();
  }
  let selection = state.selection;
  const ids = selection === null ? undefined : known.records.get(selection.kind);
  if (selection !== null && ids !== undefined && !ids.has(selection.id)) {
    dropped.push(`The ${selection.kind} ${quoteForNotice(selection.id)} in the link is not in the data.`);
    selection = null;
  }
  let article = state.article;
  if (article !== null && known.articles !== null && !known.articles.has(article)) {
    dropped.push(`The article ${quoteForNotice(article)} in the link is not in the data.`);
    article = null;
  }
  let tradeYear = state.tradeYear;
  if (tradeYear !== null && known.tradeYears !== null && !known.tradeYears.has(tradeYear)) {
    dropped.push(`No trade figures are for ${tradeYear}, the year in the link; the latest years are shown.`);
    tradeYear = null;
  }
  const same =
    dropped.length === 0 &&
    countries.length === state.countries.length &&
    countries.every((c, i) => c === state.countries[i]);
  return { state: same ? state : { ...state, countries, selection, article, tradeYear }, dropped };
}
