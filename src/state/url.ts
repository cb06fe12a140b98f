import { DEFAULT_LAYERS, LAYER_IDS, type LayerId, type Layers } from './layersSlice';
import { NO_FACETS, type ProjectFacets } from './projectFacets';
import { MAX_QUERY_LENGTH } from './searchSlice';
import type { RecordKind, RecordRef } from './selectionSlice';
import { ALL_TIME, isRangeValue, orderedRange, type TimeRange } from './timeRange';
import { FacetParts, isFacetKey, serialiseFacets } from './urlFacets';
import { DROPS, DroppedParts, quoteForNotice } from './urlNotices';

// The query string is an untrusted input: anyone can hand a link around. Parsing is an allowlist
// (known keys, well-formed codes and ids), never throws, keeps every key in local variables rather
// than an object (so `__proto__` or `constructor` can pollute nothing) and reports every part it
// drops, so the app can say so in a visible notice (one per kind of loss, see urlNotices.ts).
// Country codes are ASCII letters only: Unicode case folding would turn the look-alikes "ruſ"
// (long s) and "ırn" (dotless i) into RUS and IRN. A link never switches on the online tiles, the
// one layer that fetches from another origin: only the reader's own click does, and tiles are
// not written to the link either.

/** The part of the app's state a link carries. */
export interface UrlState {
  /** Sorted, unique country or bloc codes. */
  countries: readonly string[];
  selection: RecordRef | null;
  layers: Layers;
  article: string | null;
  /** The year the trade chart shows; null for each relationship's latest. */
  tradeYear: number | null;
  /** The map's project facets (status, kind, financier). */
  facets: ProjectFacets;
  /** The time range, each end 'YYYY' or 'YYYY-MM' or open (null). */
  range: TimeRange;
  /** The search box's text; '' for none. */
  query: string;
}

export interface UrlParse {
  state: UrlState;
  /** One plain sentence per dropped part, ready to show as a notice. */
  dropped: string[];
}

export const DEFAULT_URL_STATE: UrlState = {
  countries: [],
  selection: null,
  layers: DEFAULT_LAYERS,
  article: null,
  tradeYear: null,
  facets: NO_FACETS,
  range: ALL_TIME,
  query: '',
};

/** Values longer than this are ignored whole: no real link needs one. */
export const MAX_VALUE_LENGTH = 1000;
/** At most this many parameters are read; a real link has at most five. */
export const MAX_PARAMS = 40;

export const SELECTION_KINDS: readonly RecordKind[] = ['figure', 'project', 'place', 'event'];
const CODE = /^[A-Za-z]{3}$/;
const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;
const YEAR = /^(18|19|20)[0-9]{2}$|^2100$/;

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

const isLayerId = (value: string): value is LayerId => (LAYER_IDS as readonly string[]).includes(value);
const isSelectionKind = (value: string): value is RecordKind =>
  (SELECTION_KINDS as readonly string[]).includes(value);

export function parseUrl(search: string): UrlParse {
  const dropped = new DroppedParts();
  const countries = new Set<string>();
  let selection: RecordRef | null = null;
  let layers: Layers | null = null;
  let article: string | null = null;
  let tradeYear: number | null = null;
  const facets = new FacetParts();
  let from: string | null = null;
  let to: string | null = null;
  let q: string | null = null;

  const query = search.startsWith('?') ? search.slice(1) : search;
  const parts = query.split('&').filter((p) => p !== '');
  if (parts.length > MAX_PARAMS) dropped.add(DROPS.tooManyParams(MAX_PARAMS));

  for (const part of parts.slice(0, MAX_PARAMS)) {
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    const value = decode(eq < 0 ? '' : part.slice(eq + 1));
    if (key === null || value === null) {
      dropped.add(DROPS.badEncoding);
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      dropped.add(DROPS.tooLong, quoteForNotice(key));
      continue;
    }
    if (key === 'countries') {
      for (const raw of value.split(',')) {
        // Only ASCII spaces are trimmed: a zero-width space or BOM around a code is reported.
        const code = raw.replace(/^ +| +$/g, '');
        if (code === '') continue;
        if (CODE.test(code)) countries.add(code.toUpperCase());
        else dropped.add(DROPS.badCode, quoteForNotice(raw));
      }
    } else if (isSelectionKind(key)) {
      if (!ID.test(value)) dropped.add(DROPS.badId(key), quoteForNotice(value));
      else if (selection !== null) dropped.add(DROPS.extraSelection, `${key} ${quoteForNotice(value)}`);
      else selection = { kind: key, id: value };
    } else if (key === 'article') {
      if (!ID.test(value)) dropped.add(DROPS.badId('article'), quoteForNotice(value));
      else if (article !== null) dropped.add(DROPS.extraArticle, quoteForNotice(value));
      else article = value;
    } else if (key === 'tradeYear') {
      if (!YEAR.test(value)) dropped.add(DROPS.badYear, quoteForNotice(value));
      else if (tradeYear !== null) dropped.add(DROPS.yearTwice);
      else tradeYear = Number(value);
    } else if (key === 'from' || key === 'to') {
      if (!isRangeValue(value)) dropped.add(DROPS.badRangeEnd(key), quoteForNotice(value));
      else if ((key === 'from' ? from : to) !== null) dropped.add(DROPS.rangeEndTwice(key));
      else if (key === 'from') from = value;
      else to = value;
    } else if (key === 'q') {
      if (value.length > MAX_QUERY_LENGTH) dropped.add(DROPS.tooLong, quoteForNotice(key));
      else if (q !== null) dropped.add(DROPS.queryTwice);
      else q = value;
    } else if (key === 'layers') {
      if (layers !== null) {
        dropped.add(DROPS.layersTwice);
        continue;
      }
      layers = { projects: false, places: false, conflict: false, tiles: false };
      for (const name of value === 'none' ? [] : value.split(',')) {
        if (name === 'tiles') dropped.add(DROPS.tilesFromLink);
        else if (isLayerId(name)) layers[name] = true;
        else dropped.add(DROPS.unknownLayer, quoteForNotice(name));
      }
    } else if (isFacetKey(key)) {
      facets.read(key, value, dropped);
    } else {
      dropped.add(DROPS.unknownKey, quoteForNotice(key));
    }
  }
  return {
    state: {
      countries: [...countries].sort(),
      selection,
      layers: layers ?? DEFAULT_LAYERS,
      article,
      tradeYear,
      facets: facets.result(),
      range: from === null && to === null ? ALL_TIME : orderedRange({ from, to }),
      query: q ?? '',
    },
    dropped: dropped.notices(),
  };
}

/** The layers a link carries: all but the online tiles. */
const LINK_LAYERS = LAYER_IDS.filter((id) => id !== 'tiles');
const sameLayers = (a: Layers, b: Layers): boolean => LINK_LAYERS.every((id) => a[id] === b[id]);

/** The query string for a state ('' for the default view), writing only what differs from defaults and never the tiles. */
export function serialiseUrl(state: UrlState): string {
  const parts: string[] = [];
  if (state.countries.length > 0)
    parts.push(`countries=${[...new Set(state.countries)].sort().map(encodeURIComponent).join(',')}`);
  if (state.selection !== null)
    parts.push(`${state.selection.kind}=${encodeURIComponent(state.selection.id)}`);
  if (state.article !== null) parts.push(`article=${encodeURIComponent(state.article)}`);
  if (state.tradeYear !== null) parts.push(`tradeYear=${state.tradeYear}`);
  parts.push(...serialiseFacets(state.facets));
  if (state.range.from !== null) parts.push(`from=${encodeURIComponent(state.range.from)}`);
  if (state.range.to !== null) parts.push(`to=${encodeURIComponent(state.range.to)}`);
  if (state.query !== '') parts.push(`q=${encodeURIComponent(state.query)}`);
  if (!sameLayers(state.layers, DEFAULT_LAYERS)) {
    const visible = LINK_LAYERS.filter((id) => state.layers[id]);
    parts.push(`layers=${visible.length === 0 ? 'none' : visible.join(',')}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
