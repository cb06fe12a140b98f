// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import { App } from '../../../src/app/App';
import { startUrlSync } from '../../../src/app/urlSync';
import { type AppState, createAppStore } from '../../../src/state/store';
import { parseUrl } from '../../../src/state/url';
import { renderWithStore } from '../renderWithStore';
import { seedStore } from '../state/seedStore';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

// Links are untrusted input. Whatever a query string holds, parsing never throws, never touches
// Object.prototype, yields only well-formed state, and the app still renders.

const KEYS = [
  'countries',
  'figure',
  'project',
  'place',
  'event',
  'article',
  'layers',
  '__proto__',
  'constructor',
  'prototype',
  '__proto__[x]',
  'toString',
  'hasOwnProperty',
  '',
];
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    'KAZ,TJK',
    'ZZZ',
    'kaz',
    'KAZ,,TJK',
    '%E0%A4%A',
    '%',
    '%%',
    '%ZZ',
    '__proto__',
    'constructor',
    'none',
    'projects,tiles',
    '{"a":1}',
    '<script>alert(1)</script>',
  ),
  fc.integer({ min: 1000, max: 12000 }).map((n) => 'A'.repeat(n)),
  fc
    .array(fc.constantFrom('KAZ', 'TJK', 'IRN', 'EUU', 'CAS', 'XXX', '___'), { maxLength: 30 })
    .map((a) => a.join(',')),
);
const pair = fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), hostileValue);
const rawPair = fc
  .tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), hostileValue)
  .map(([k, v]) => `${k}=${v}`);
const encodedPair = pair.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
const query = fc
  .array(fc.oneof(rawPair, encodedPair, fc.string()), { maxLength: 60 })
  .chain((parts) => fc.constantFrom(`?${parts.join('&')}`, parts.join('&'), `?${parts.join(';')}`));

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('URL parsing under 10,000 random query strings', () => {
  it('never throws, keeps Object.prototype clean and yields well-formed state', () => {
    const before = protoKeys();
    fc.assert(
      fc.property(query, (search) => {
        const { state, dropped } = parseUrl(search);
        expect(state.countries.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
        expect([...state.countries].sort()).toEqual([...new Set(state.countries)].sort());
        if (state.selection) expect(state.selection.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        if (state.article !== null) expect(state.article).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        expect(dropped.every((d) => typeof d === 'string' && d.length < 2000)).toBe(true);
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      }),
      { numRuns: 10_000 },
    );
    expect(protoKeys()).toEqual(before);
    expect(Object.prototype).not.toHaveProperty('x');
  });
});

describe('the app under hostile links', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    stop = null;
    window.history.replaceState(null, '', '/');
  });

  const samples = fc.sample(query, { numRuns: 25, seed: 7 });
  for (const [i, search] of [
    '?__proto__[x]=1&constructor[prototype][y]=2',
    `?countries=${'KAZ,'.repeat(3000)}`,
    '?countries=%E0%A4%A&figure=%&article=../../etc/passwd',
    '?countries=KAZ&countries=TJK&countries=ZZZ&layers=none&layers=tiles',
    ...samples,
  ].entries()) {
    it(`renders with link #${i}`, () => {
      window.history.replaceState(
        null,
        '',
        `/${search.startsWith('?') ? search : `?${search}`}`.replace(/#/g, '%23'),
      );
      stop = startUrlSync(store);
      seedStore(store);
      renderWithStore(store, <App />);
      expect(screen.getByRole('heading', { level: 1, name: 'Crossroads' })).toBeInTheDocument();
      expect(Object.prototype).not.toHaveProperty('x');
      expect(Object.prototype).not.toHaveProperty('y');
    });
  }
});
