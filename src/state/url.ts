import { DEFAULT_LAYERS, LAYER_IDS, type LayerId, type Layers } from './layersSlice';
import type { RecordKind, RecordRef } from './selectionSlice';

// The query string is an untrusted input: anyone can hand a link around. Parsing is an allowlist
// (known keys, well-formed codes and ids), never throws, keeps every key in local variables rather
// than an object (so `__proto__` or `constructor` can pollute nothing) and reports every part it
// drops, so the app can say so in a visible notice.

/** The part of the app's state a link carries. */
export interface UrlState {
  /** Sorted, unique country or bloc codes. */
  countries: readonly string[];
  selection: RecordRef | null;
  layers: Layers;
  article: string | null;
  /** The year the trade chart shows; null for each relationship's latest. */
  tradeYear: number | null;
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
};

/** Values longer than this are ignored whole: no real link needs one. */
export const MAX_VALUE_LENGTH = 1000;
/** At most this many parameters are read; a real link has at most five. */
export const MAX_PARAMS = 40;

export const SELECTION_KINDS: readonly RecordKind[] = ['figure', 'project', 'place', 'event'];
const CODE = /^[A-Z]{3}$/;
const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;
const YEAR = /^(18|19|20)[0-9]{2}$|^2100$/;

/** A shortened, printable copy of untrusted text for a notice. */
export function quoteForNotice(text: string): string {
  const printable = text.replace(/[\p{Cc}\p{Cf}]/gu, '');
  return `“${printable.length > 40 ? `${printable.slice(0, 40)}…` : printable}”`;
}

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
  const dropped: string[] = [];
  const countries = new Set<string>();
  let selection: RecordRef | null = null;
  let layers: Layers | null = null;
  let article: string | null = null;
  let tradeYear: number | null = null;

  const query = search.startsWith('?') ? search.slice(1) : search;
  const parts = query.split('&').filter((p) => p !== '');
  if (parts.length > MAX_PARAMS) dropped.push(`Only the first ${MAX_PARAMS} link parameters were read.`);

  for (const part of parts.slice(0, MAX_PARAMS)) {
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    const value = decode(eq < 0 ? '' : part.slice(eq + 1));
    if (key === null || value === null) {
      dropped.push('A link parameter that was not correctly encoded was ignored.');
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      dropped.push(`The link parameter ${quoteForNotice(key)} was too long and was ignored.`);
      continue;
    }
    if (key === 'countries') {
      for (const raw of value.split(',')) {
        const code = raw.trim().toUpperCase();
        if (code === '') continue;
        if (CODE.test(code)) countries.add(code);
        else dropped.push(`The country code ${quoteForNotice(raw)} in the link is not valid.`);
      }
    } else if (isSelectionKind(key)) {
      if (!ID.test(value)) dropped.push(`The ${key} id ${quoteForNotice(value)} in the link is not valid.`);
      else if (selection !== null)
        dropped.push(`A link selects one record at a time; ${key} ${quoteForNotice(value)} was ignored.`);
      else selection = { kind: key, id: value };
    } else if (key === 'article') {
      if (!ID.test(value)) dropped.push(`The article id ${quoteForNotice(value)} in the link is not valid.`);
      else if (article !== null)
        dropped.push(`A link opens one article; ${quoteForNotice(value)} was ignored.`);
      else article = value;
    } else if (key === 'tradeYear') {
      if (!YEAR.test(value))
        dropped.push(`The trade year ${quoteForNotice(value)} in the link is not a year.`);
      else if (tradeYear !== null)
        dropped.push(`The trade year was given twice in the link; the first was used.`);
      else tradeYear = Number(value);
    } else if (key === 'layers') {
      if (layers !== null) {
        dropped.push('The map layers were given twice in the link; the first list was used.');
        continue;
      }
      layers = { projects: false, places: false, conflict: false, tiles: false };
      for (const name of value === 'none' ? [] : value.split(',')) {
        if (isLayerId(name)) layers[name] = true;
        else dropped.push(`The map layer ${quoteForNotice(name)} in the link is not known.`);
      }
    } else {
      dropped.push(`The link parameter ${quoteForNotice(key)} is not known and was ignored.`);
    }
  }
  return {
    state: {
      countries: [...countries].sort(),
      selection,
      layers: layers ?? DEFAULT_LAYERS,
      article,
      tradeYear,
    },
    dropped,
  };
}

const sameLayers = (a: Layers, b: Layers): boolean => LAYER_IDS.every((id) => a[id] === b[id]);

/** The query string for a state ('' for the default view), writing only what differs from defaults. */
export function serialiseUrl(state: UrlState): string {
  const parts: string[] = [];
  if (state.countries.length > 0)
    parts.push(`countries=${[...new Set(state.countries)].sort().map(encodeURIComponent).join(',')}`);
  if (state.selection !== null)
    parts.push(`${state.selection.kind}=${encodeURIComponent(state.selection.id)}`);
  if (state.article !== null) parts.push(`article=${encodeURIComponent(state.article)}`);
  if (state.tradeYear !== null) parts.push(`tradeYear=${state.tradeYear}`);
  if (!sameLayers(state.layers, DEFAULT_LAYERS)) {
    const visible = LAYER_IDS.filter((id) => state.layers[id]);
    parts.push(`layers=${visible.length === 0 ? 'none' : visible.join(',')}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
