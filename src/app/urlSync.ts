import type { StoreApi } from 'zustand';
import { sameRef } from '../state/selectionSlice';
import type { AppState } from '../state/store';
import { parseUrl, serialiseUrl, type UrlState } from '../state/url';
import { checkAgainstData, knownIdsOf } from '../state/urlKnown';

// Keeps the address bar and the store in step. Filter and layer changes replace the current
// history entry; selecting a record, opening an article or setting the time range pushes one, so
// Back undoes it.
// Writes wait for the next task and coalesce: history.replaceState is usually a fraction of a
// millisecond but can stall for tens (it talks to the browser process), and the address bar is
// not worth delaying the views a click updates.

export const urlStateOf = (s: AppState): UrlState => ({
  countries: s.countries,
  selection: s.selection,
  layers: s.layers,
  article: s.openArticle,
  tradeYear: s.tradeYear,
  facets: s.facets,
  range: s.range,
  query: s.query,
});

/**
 * Writes a link's state into the store in one update, so listeners never see half of it. The
 * online tiles keep the reader's own choice: a link neither switches them on nor off.
 */
export function applyUrlState(store: StoreApi<AppState>, state: UrlState): void {
  const focus = state.article !== null && state.selection !== null ? state.selection : null;
  store.setState({
    countries: state.countries,
    selection: state.selection,
    layers: { ...state.layers, tiles: store.getState().layers.tiles },
    openArticle: state.article,
    sourceFocus: focus,
    tradeYear: state.tradeYear,
    facets: state.facets,
    range: state.range,
    query: state.query,
  });
}

type HistoryWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

type Schedule = (run: () => void) => void;
const nextTask: Schedule = (run) => {
  setTimeout(run, 0);
};

export function startUrlSync(
  store: StoreApi<AppState>,
  win: HistoryWindow = window,
  schedule: Schedule = nextTask,
): () => void {
  let applying = false;
  let stopped = false;
  /**
   * True while the store holds the link the page was opened with, untouched by the reader: only
   * then is a record from another article than the open one a mismatch to resolve. The reader's
   * own navigation (and Back to it) may well pair an article with a record from elsewhere.
   */
  let fromLink = true;
  /** The write waiting for the next task; a push wins over a replace, so Back still undoes it. */
  let pending: 'push' | 'replace' | null = null;

  const write = (mode: 'push' | 'replace') => {
    const next = serialiseUrl(urlStateOf(store.getState()));
    if (next === win.location.search) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };

  const request = (mode: 'push' | 'replace') => {
    const idle = pending === null;
    if (pending !== 'push') pending = mode;
    if (idle)
      schedule(() => {
        const due = pending;
        pending = null;
        if (due !== null && !stopped) write(due);
      });
  };

  const apply = (state: UrlState, dropped: readonly string[]) => {
    applying = true;
    try {
      applyUrlState(store, state);
      for (const text of dropped) store.getState().addNotice(text);
    } finally {
      applying = false;
    }
    request('replace');
  };

  // Drops what the loaded data does not know; runs again as each file arrives.
  const checkData = () => {
    const current = urlStateOf(store.getState());
    const checked = checkAgainstData(current, knownIdsOf(store.getState(), current), {
      matchArticle: fromLink,
    });
    if (checked.state !== current) apply(checked.state, checked.dropped);
  };

  const fromLocation = () => {
    const parsed = parseUrl(win.location.search);
    apply(parsed.state, parsed.dropped);
    checkData();
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    if (s.files !== prev.files) {
      checkData();
      return;
    }
    // A new time range is a step Back can undo, like opening a record.
    const navigated =
      !sameRefOrBothNull(s.selection, prev.selection) ||
      s.openArticle !== prev.openArticle ||
      s.range !== prev.range;
    const changed =
      navigated ||
      s.countries !== prev.countries ||
      s.layers !== prev.layers ||
      s.tradeYear !== prev.tradeYear ||
      s.facets !== prev.facets ||
      s.query !== prev.query;
    if (navigated) fromLink = false;
    if (changed) request(navigated ? 'push' : 'replace');
  });

  const onPopState = () => {
    // The entry moved under a write still waiting: that write described the entry we left.
    pending = null;
    fromLink = false;
    fromLocation();
  };
  win.addEventListener('popstate', onPopState);
  fromLocation();
  return () => {
    stopped = true;
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}

const sameRefOrBothNull = (a: AppState['selection'], b: AppState['selection']): boolean =>
  (a === null && b === null) || sameRef(a, b);
