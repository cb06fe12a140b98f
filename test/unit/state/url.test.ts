import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS, LAYER_IDS } from '../../../src/state/layersSlice';
import {
  DEFAULT_URL_STATE,
  MAX_PARAMS,
  parseUrl,
  SELECTION_KINDS,
  serialiseUrl,
  type UrlState,
} from '../../../src/state/url';

const code = fc.stringMatching(/^[A-Z]{3}$/);
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,40}$/);
const urlState: fc.Arbitrary<UrlState> = fc.record({
  countries: fc.uniqueArray(code, { maxLength: 8 }).map((codes) => [...codes].sort()),
  selection: fc.option(fc.record({ kind: fc.constantFrom(...SELECTION_KINDS), id }), { nil: null }),
  layers: fc.record({
    projects: fc.boolean(),
    places: fc.boolean(),
    conflict: fc.boolean(),
    tiles: fc.boolean(),
  }),
  article: fc.option(id, { nil: null }),
  tradeYear: fc.option(fc.integer({ min: 1800, max: 2100 }), { nil: null }),
});

describe('serialiseUrl', () => {
  it('writes nothing for the default view', () => {
    expect(serialiseUrl(DEFAULT_URL_STATE)).toBe('');
  });

  it('writes only what differs from the defaults, commas unescaped', () => {
    expect(serialiseUrl({ ...DEFAULT_URL_STATE, countries: ['TJK', 'KAZ'] })).toBe('?countries=KAZ,TJK');
    expect(
      serialiseUrl({
        countries: ['KAZ'],
        selection: { kind: 'figure', id: 'trade-china-central-asia-2024' },
        layers: { ...DEFAULT_LAYERS, conflict: false },
        article: 'chinas-xi',
        tradeYear: 2023,
      }),
    ).toBe(
      '?countries=KAZ&figure=trade-china-central-asia-2024&article=chinas-xi&tradeYear=2023&layers=projects,places',
    );
  });

  it('reads the trade year only as a plain four-digit year, once', () => {
    expect(parseUrl('?tradeYear=2023').state.tradeYear).toBe(2023);
    for (const bad of ['23', '2023.5', '１９９９', '3000', '-2023', '2023x']) {
      const parsed = parseUrl(`?tradeYear=${encodeURIComponent(bad)}`);
      expect(parsed.state.tradeYear, bad).toBeNull();
      expect(parsed.dropped, bad).toHaveLength(1);
    }
    expect(parseUrl('?tradeYear=2022&tradeYear=2023').state.tradeYear).toBe(2022);
  });

  it('writes an empty layer list as "none"', () => {
    const layers = { projects: false, places: false, conflict: false, tiles: false };
    expect(serialiseUrl({ ...DEFAULT_URL_STATE, layers })).toBe('?layers=none');
    expect(parseUrl('?layers=none').state.layers).toEqual(layers);
  });
});

describe('parseUrl', () => {
  it('round-trips every state: parse(serialise(s)) equals s, with nothing dropped', () => {
    fc.assert(
      fc.property(urlState, (s) => {
        const parsed = parseUrl(serialiseUrl(s));
        expect(parsed.dropped).toEqual([]);
        expect(parsed.state).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and always returns a well-formed state, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => {
        const { state } = parseUrl(search);
        expect(state.countries.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
        expect(Object.keys(state.layers).sort()).toEqual([...LAYER_IDS].sort());
        if (state.article !== null) expect(state.article).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      }),
      { numRuns: 500 },
    );
  });

  it('reads countries with or without the leading "?", upper-cases, sorts and de-duplicates them', () => {
    expect(parseUrl('countries=tjk,KAZ,TJK').state.countries).toEqual(['KAZ', 'TJK']);
    expect(parseUrl('?countries=KAZ%2CTJK').state.countries).toEqual(['KAZ', 'TJK']);
  });

  it('merges repeated countries keys and keeps the first of other repeated keys, saying so', () => {
    const parsed = parseUrl('?countries=KAZ&countries=TJK&figure=a&project=b&article=x&article=y');
    expect(parsed.state.countries).toEqual(['KAZ', 'TJK']);
    expect(parsed.state.selection).toEqual({ kind: 'figure', id: 'a' });
    expect(parsed.state.article).toBe('x');
    expect(parsed.dropped).toHaveLength(2);
    expect(parsed.dropped[0]).toContain('project');
  });

  it('drops unknown parameters and malformed codes with a notice, keeping the rest', () => {
    const parsed = parseUrl('?utm_source=mail&countries=KAZ,XX,K4Z,,TJK&zoom=3');
    expect(parsed.state.countries).toEqual(['KAZ', 'TJK']);
    expect(parsed.dropped).toEqual([
      'The link parameter “utm_source” is not known and was ignored.',
      'The country code “XX” in the link is not valid.',
      'The country code “K4Z” in the link is not valid.',
      'The link parameter “zoom” is not known and was ignored.',
    ]);
  });

  it('refuses ids that are not ids and layers it does not know', () => {
    const parsed = parseUrl('?figure=../../etc&article=<script>&layers=projects,satellite');
    expect(parsed.state.selection).toBeNull();
    expect(parsed.state.article).toBeNull();
    expect(parsed.state.layers).toEqual({ projects: true, places: false, conflict: false, tiles: false });
    expect(parsed.dropped).toHaveLength(3);
  });

  it('ignores values over 1000 characters, such as a 10 kB value', () => {
    const huge = 'A'.repeat(10_000);
    const parsed = parseUrl(`?countries=${huge}&article=${'a'.repeat(1001)}&figure=ok`);
    expect(parsed.state).toEqual({ ...DEFAULT_URL_STATE, selection: { kind: 'figure', id: 'ok' } });
    expect(parsed.dropped).toHaveLength(2);
    expect(parsed.dropped.every((d) => d.length < 200)).toBe(true);
  });

  it('survives bad percent-encoding', () => {
    const parsed = parseUrl('?countries=%E0%A4%A&figure=%&article=%zz&place=khorgos');
    expect(parsed.state).toEqual({ ...DEFAULT_URL_STATE, selection: { kind: 'place', id: 'khorgos' } });
    expect(parsed.dropped).toHaveLength(3);
  });

  it('lets __proto__ and constructor keys pollute nothing', () => {
    const parsed = parseUrl(
      '?__proto__[x]=1&__proto__=KAZ&constructor=x&constructor[prototype][y]=2&toString=1',
    );
    expect(parsed.state).toEqual(DEFAULT_URL_STATE);
    expect(parsed.dropped).toHaveLength(5);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).y).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
    expect(parseUrl('?layers=__proto__,constructor').state.layers).toEqual({
      projects: false,
      places: false,
      conflict: false,
      tiles: false,
    });
  });

  it('reads at most a bounded number of parameters', () => {
    const many = Array.from({ length: 500 }, () => 'countries=KAZ').join('&');
    const parsed = parseUrl(`?${many}&countries=TJK`);
    expect(parsed.state.countries).toEqual(['KAZ']);
    expect(parsed.dropped).toEqual([`Only the first ${MAX_PARAMS} link parameters were read.`]);
  });

  it('strips control characters from the text it quotes back', () => {
    const parsed = parseUrl('?bad%E2%80%AEkey%00=1');
    expect(parsed.dropped[0]).toBe('The link parameter “badkey” is not known and was ignored.');
  });

  it('treats a key with no "=" as an empty value', () => {
    expect(parseUrl('?countries&article').state).toEqual(DEFAULT_URL_STATE);
  });
});
