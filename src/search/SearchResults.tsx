import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatCount } from '../lib/formatValue';
import { selectArticlesForCountries } from '../state/articleList';
import type { SearchHits, SearchKind } from '../state/searchSlice';
import {
  selectVisibleEvents,
  selectVisibleFigures,
  selectVisiblePlaces,
  selectVisibleProjects,
} from '../state/selectors';
import { type AppState, useAppStore } from '../state/store';
import { type Found, loadSearchEngine, type SearchEngine } from './searchEngine';
import {
  articlesById,
  eventsById,
  figuresById,
  groupResults,
  placesById,
  projectsById,
  type ResultItem,
  type Shown,
} from './searchGroups';
import { optionId, SEARCH_LIST_ID, type SearchOption } from './searchOptions';
import '../ui/popupPanel.css';
import './search.css';

/** Typing pauses this long before the index is asked: a query per keystroke would be wasted work. */
const SETTLE_MS = 40;

type EngineState =
  | { status: 'loading' }
  | { status: 'ready'; engine: SearchEngine }
  | { status: 'error'; message: string };

function useEngine(): EngineState {
  const [state, setState] = useState<EngineState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadSearchEngine('/data/').then(
      (engine) => live && setState({ status: 'ready', engine }),
      (error: unknown) =>
        live &&
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

const selectShown = (s: AppState): Omit<Shown, 'range'> => ({
  articles: articlesById(selectArticlesForCountries(s)),
  figures: figuresById(selectVisibleFigures(s)),
  events: eventsById(selectVisibleEvents(s)),
  projects: projectsById(selectVisibleProjects(s)),
  places: placesById(selectVisiblePlaces(s)),
});

function hitsOf(query: string, found: readonly Found[]): SearchHits {
  const ids: Record<SearchKind, Set<string>> = {
    article: new Set(),
    figure: new Set(),
    event: new Set(),
    project: new Set(),
    place: new Set(),
  };
  for (const f of found) ids[f.kind].add(f.id);
  return { query, ids };
}

/** Opens a result where it lives: an article at its sentence, a record selected in its view. */
function useChooser(): (item: ResultItem) => void {
  const openSearchHit = useAppStore((s) => s.openSearchHit);
  const select = useAppStore((s) => s.select);
  return useCallback(
    (item) => {
      if (item.kind === 'article') {
        openSearchHit({ article: item.id, paragraph: item.paragraph, terms: item.terms });
        return;
      }
      select({ kind: item.kind, id: item.id });
      const area = item.kind === 'project' || item.kind === 'place' ? 'map-heading' : 'charts-heading';
      document.getElementById(area)?.scrollIntoView?.({ block: 'start' });
    },
    [openSearchHit, select],
  );
}

interface Props {
  open: boolean;
  cursor: number;
  onOptions: (options: readonly SearchOption[]) => void;
  onChoose: (option: SearchOption) => void;
}

/** The search's results under the box: grouped by kind, each with the words that matched. */
export default function SearchResults({ open, cursor, onOptions, onChoose }: Props) {
  const engine = useEngine();
  const query = useAppStore((s) => s.query);
  const settled = useSettled(query);
  const range = useAppStore((s) => s.range);
  const articles = useAppStore((s) => selectShown(s).articles);
  const figures = useAppStore((s) => selectShown(s).figures);
  const events = useAppStore((s) => selectShown(s).events);
  const projects = useAppStore((s) => selectShown(s).projects);
  const places = useAppStore((s) => selectShown(s).places);
  const setSearchHits = useAppStore((s) => s.setSearchHits);
  const choose = useChooser();

  const found = useMemo(
    () => (engine.status === 'ready' && settled.trim() !== '' ? engine.engine.search(settled) : null),
    [engine, settled],
  );
  useEffect(() => {
    setSearchHits(found === null ? null : hitsOf(settled, found));
  }, [found, settled, setSearchHits]);

  const groups = useMemo(
    () => (found === null ? [] : groupResults(found, { articles, figures, events, projects, places, range })),
    [found, articles, figures, events, projects, places, range],
  );
  const options = useMemo(
    () =>
      groups.flatMap((g) =>
        g.items.map((item) => ({ key: `${item.kind}:${item.id}`, choose: () => choose(item) })),
      ),
    [groups, choose],
  );
  useEffect(() => onOptions(options), [options, onOptions]);

  if (!open) return null;
  const status =
    engine.status === 'loading'
      ? 'Loading the search index…'
      : engine.status === 'error'
        ? `Search is not available: ${engine.message}.`
        : settled !== query
          ? 'Searching…'
          : groups.length === 0
            ? `Nothing found for “${query}” in the selected countries and time range.`
            : '';
  let n = -1;
  return (
    <div className="popup-panel search-popup">
      {status !== '' && <p className="search-status">{status}</p>}
      {groups.length > 0 && (
        <div role="listbox" id={SEARCH_LIST_ID} aria-label="Search results">
          {groups.map((g) => (
            // biome-ignore lint/a11y/useSemanticElements: a listbox groups options with role="group"
            <div key={g.kind} role="group" aria-labelledby={`search-group-${g.kind}`}>
              <div role="presentation" id={`search-group-${g.kind}`} className="search-group-title">
                {g.heading}
                {g.total > g.items.length
                  ? ` (${formatCount(g.items.length)} of ${formatCount(g.total)})`
                  : ` (${formatCount(g.total)})`}
              </div>
              {g.items.map((item) => {
                n += 1;
                const index = n;
                return (
                  // The input keeps focus and moves the active option (aria-activedescendant), as
                  // the combobox pattern asks: options take pointer clicks only.
                  // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the input
                  <div
                    key={`${item.kind}:${item.id}`}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === cursor}
                    className="search-option"
                    tabIndex={-1}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => {
                      const option = options[index];
                      if (option !== undefined) onChoose(option);
                    }}
                  >
                    <span className="search-option-title">
                      <bdi>{item.title}</bdi>
                      {item.detail !== '' && <span className="muted"> · {item.detail}</span>}
                    </span>
                    <span className="search-option-terms">
                      Matched:{' '}
                      {item.terms.map((t, i) => (
                        <span key={t}>
                          {i > 0 ? ', ' : ''}
                          <b>{t}</b>
                        </span>
                      ))}
                    </span>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
