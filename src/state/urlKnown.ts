import { articleOf } from '../data/projectSource';
import type { ProjectSource } from '../data/schema';
import type { DataKey } from './dataSlice';
import { selectFileData, selectFileStatus, selectRecords } from './records';
import type { RecordKind } from './selectionSlice';
import type { AppState } from './store';
import type { UrlState } from './url';
import { DROPS, DroppedParts, quoteForNotice } from './urlNotices';

// A parsed link is well formed but may still name things the data does not have (a code not in
// countries.json, an article that was removed). Each part is checked once its file has loaded.

export interface KnownIds {
  /** Codes a link may select: every country, and the blocs the filter offers as one toggle. */
  codes: ReadonlySet<string> | null;
  /** Groups offered as a heading over their members (Central Asia): a link naming one selects them. */
  expandable: ReadonlyMap<string, readonly string[]> | null;
  /** Record ids by kind, each with the article its source sentence is in (null for a dataset record). */
  records: ReadonlyMap<RecordKind, ReadonlyMap<string, string | null>>;
  articles: ReadonlySet<string> | null;
  /** Years that trade figures are for, once figures have loaded. */
  tradeYears: ReadonlySet<number> | null;
}

/**
 * What the loaded data knows of the parts `link` names, and only those: the check runs as each
 * file arrives, and a link that selects no record, opens no article and names no trade year
 * needs no table of the corpus's thousands of ids (each built again at every arrival).
 */
export function knownIdsOf(s: AppState, link: UrlState): KnownIds {
  const c = selectFileData(s, 'countries');
  const records = new Map<RecordKind, ReadonlyMap<string, string | null>>();
  // The first record of an id wins, as everywhere else in the app.
  const byId = (list: readonly { id: string; source: ProjectSource }[]) =>
    new Map([...list].reverse().map((r) => [r.id, articleOf(r.source)]));
  const ready = (key: DataKey) => selectFileStatus(s, key) === 'ready';
  const kind = link.selection?.kind;
  if (kind === 'figure' && ready('figures')) records.set(kind, byId(selectRecords(s, 'figures')));
  if (kind === 'project' && ready('projects'))
    records.set(kind, byId(selectRecords(s, 'projects').map((f) => f.properties)));
  if (kind === 'place' && ready('places'))
    records.set(kind, byId(selectRecords(s, 'places').map((f) => f.properties)));
  if (kind === 'event' && ready('events')) records.set(kind, byId(selectRecords(s, 'events')));
  // The articles: for the one the link opens, and for the selected record's own.
  const articlesNeeded = link.article !== null || link.selection !== null;
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
    articles:
      articlesNeeded && ready('articles') ? new Set(selectRecords(s, 'articles').map((a) => a.id)) : null,
    tradeYears:
      link.tradeYear !== null && ready('figures')
        ? new Set(
            selectRecords(s, 'figures').flatMap((f) =>
              f.kind === 'trade' && f.year !== null ? [f.year] : [],
            ),
          )
        : null,
  };
}

/**
 * Drops what the loaded data does not know; parts whose file has not loaded are kept as they are.
 * With `matchArticle` (a state that came from a link, not from the reader's own navigation), a
 * record whose sentence is in another article than the one the link opens wins: its own article
 * opens, so the sentence can be marked, and a notice says so.
 */
export function checkAgainstData(
  state: UrlState,
  known: KnownIds,
  { matchArticle = false }: { matchArticle?: boolean } = {},
): { state: UrlState; dropped: string[] } {
  const dropped = new DroppedParts();
  const notes: string[] = [];
  let countries = state.countries;
  if (known.codes !== null && known.expandable !== null) {
    const kept = new Set<string>();
    for (const code of state.countries) {
      const members = known.expandable.get(code);
      if (known.codes.has(code)) kept.add(code);
      else if (members !== undefined) for (const m of members) kept.add(m);
      else dropped.add(DROPS.unknownCode, quoteForNotice(code));
    }
    countries = [...kept].sort();
  }
  let selection = state.selection;
  const ids = selection === null ? undefined : known.records.get(selection.kind);
  if (selection !== null && ids !== undefined && !ids.has(selection.id)) {
    notes.push(`The ${selection.kind} ${quoteForNotice(selection.id)} in the link is not in the data.`);
    selection = null;
  }
  let article = state.article;
  if (article !== null && known.articles !== null && !known.articles.has(article)) {
    notes.push(`The article ${quoteForNotice(article)} in the link is not in the data.`);
    article = null;
  }
  let tradeYear = state.tradeYear;
  if (tradeYear !== null && known.tradeYears !== null && !known.tradeYears.has(tradeYear)) {
    notes.push(`No trade figures are for ${tradeYear}, the year in the link; the latest years are shown.`);
    tradeYear = null;
  }
  const home = (selection === null ? undefined : ids?.get(selection.id)) ?? undefined;
  // Waits for articles.json: the record's own article must exist to be opened.
  const opensHome = home !== undefined && home !== article && known.articles?.has(home) === true;
  if (matchArticle && selection !== null && article !== null && home !== undefined && opensHome) {
    notes.push(
      `The ${selection.kind} ${quoteForNotice(selection.id)} in the link is not from the article ${quoteForNotice(article)}: its own article was opened instead.`,
    );
    article = home;
  }
  const all = [...dropped.notices(), ...notes];
  const same =
    all.length === 0 &&
    countries.length === state.countries.length &&
    countries.every((c, i) => c === state.countries[i]);
  return { state: same ? state : { ...state, countries, selection, article, tradeYear }, dropped: all };
}
