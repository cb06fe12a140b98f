import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS, LAYER_IDS } from '../../../src/state/layersSlice';
import { FACET_KINDS, FACET_STATUSES, NO_FACETS } from '../../../src/state/projectFacets';
import { orderedRange } from '../../../src/state/timeRange';
import {
  DEFAULT_URL_STATE,
  MAX_PARAMS,
  parseUrl,
  SELECTION_KINDS,
  serialiseUrl,
  type UrlState,
} from '../../../src/state/url';
import { quoteForNotice } from '../../../src/state/urlNotices';

/** Hostile links, one per case: test/fixtures/links/hostile.json. */
const LINKS = JSON.parse(readFileSync('test/fixtures/links/hostile.json', 'utf8')) as Record<string, string>;
const link = (name: string): string => LINKS[name] as string;

const code = fc.stringMatching(/^[A-Z]{3}$/);
const rangeEnd = fc.option(
  fc
    .tuple(fc.integer({ min: 1800, max: 2100 }), fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }))
    .map(([year, month]) => (month === null ? `${year}` : `${year}-${String(month).padStart(2, '0')}`)),
  { nil: null },
);
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,40}$/);
const urlState: fc.Arbitrary<UrlState> = fc.record({
  countries: fc.uniqueArray(code, { maxLength: 8 }).map((codes) => [...codes].sort()),
  selection: fc.option(fc.record({ kind: fc.constantFrom(...SELECTION_KINDS), id }), { nil: null }),
  layers: fc.record({
    projects: fc.boolean(),
    places: fc.boolean(),
    conflict: fc.boolean(),
    // A link never carries the online tiles (see 'never switches on the online tiles').
    tiles: fc.constant(false),
  }),
  article: fc.option(id, { nil: null }),
  tradeYear: fc.option(fc.integer({ min: 1800, max: 2100 }), { nil: null }),
  facets: fc.record({
    statuses: fc.subarray([...FACET_STATUSES]),
    kinds: fc.subarray([...FACET_KINDS]),
    financiers: fc.uniqueArray(fc.oneof(code, id), { maxLength: 4 }).map((keys) => [...keys].sort()),
  }),
  range: fc.tuple(rangeEnd, rangeEnd).map(([from, to]) => orderedRange({ from, to })),
  query: fc.string({ maxLength: 60, unit: 'grapheme' }),
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
        facets: NO_FACETS,
        range: { from: '2016', to: '2017-03' },
        query: 'dry port & rail',
      }),
    ).toBe(
      '?countries=KAZ&figure=trade-china-central-asia-2024&article=chinas-xi&tradeYear=2023&from=2016&to=2017-03&q=dry%20port%20%26%20rail&layers=projects,places',
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

  it('reads each end of the time range as a year or a year and month, once, and puts a reversed range in order', () => {
    expect(parseUrl('?from=2016&to=2017-03').state.range).toEqual({ from: '2016', to: '2017-03' });
    expect(parseUrl('?to=2017').state.range).toEqual({ from: null, to: '2017' });
    expect(parseUrl('?from=2019&to=2016-05').state.range).toEqual({ from: '2016-05', to: '2019-01' });
    for (const bad of ['16', '2016-13', '2016-00', '2016-3', '2016-03-01', '１９９９', '3000', 'x2016']) {
      const parsed = parseUrl(`?from=${encodeURIComponent(bad)}&to=2020`);
      expect(parsed.state.range, bad).toEqual({ from: null, to: '2020' });
      expect(parsed.dropped, bad).toHaveLength(1);
      expect(parsed.dropped[0], bad).toContain('time range');
    }
    const twice = parseUrl('?from=2015&from=2016');
    expect(twice.state.range.from).toBe('2015');
    expect(twice.dropped).toEqual(['The time range “from” was given twice in the link; the first was used.']);
  });

  it('reads the search text as given, once, up to 200 characters', () => {
    expect(parseUrl('?q=khorgos+dry%20port').state.query).toBe('khorgos dry port');
    const twice = parseUrl('?q=a&q=b');
    expect(twice.state.query).toBe('a');
    expect(twice.dropped).toEqual(['The search was given twice in the link; the first was used.']);
    const long = parseUrl(`?q=${'x'.repeat(201)}`);
    expect(long.state.query).toBe('');
    expect(long.dropped).toHaveLength(1);
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
      '2 link parameters are not known and were ignored: “utm_source”, “zoom”.',
      '2 country codes in the link are not valid: “XX”, “K4Z”.',
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
    expect(parsed.dropped).toEqual([
      '2 link parameters were too long and were ignored: “countries”, “article”.',
    ]);
    expect(parsed.dropped.every((d) => d.length < 200)).toBe(true);
  });

  it('survives bad percent-encoding', () => {
    const parsed = parseUrl('?countries=%E0%A4%A&figure=%&article=%zz&place=khorgos');
    expect(parsed.state).toEqual({ ...DEFAULT_URL_STATE, selection: { kind: 'place', id: 'khorgos' } });
    expect(parsed.dropped).toEqual(['3 link parameters that were not correctly encoded were ignored.']);
  });

  it('lets __proto__ and constructor keys pollute nothing', () => {
    const parsed = parseUrl(
      '?__proto__[x]=1&__proto__=KAZ&constructor=x&constructor[prototype][y]=2&toString=1',
    );
    expect(parsed.state).toEqual(DEFAULT_URL_STATE);
    expect(parsed.dropped).toEqual([
      '5 link parameters are not known and were ignored: “__proto__[x]”, “__proto__”, “constructor” … and 2 more.',
    ]);
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

  it('spells out the control characters in the text it quotes back', () => {
    const parsed = parseUrl('?bad%E2%80%AEkey%00=1');
    expect(parsed.dropped[0]).toBe(
      'The link parameter “bad[U+202E]key[U+0000]” is not known and was ignored.',
    );
  });

  it('treats a key with no "=" as an empty value', () => {
    expect(parseUrl('?countries&article').state).toEqual(DEFAULT_URL_STATE);
  });
});

describe('hostile links (issue 14)', () => {
  it('groups a flood of 250 bad codes into one capped notice (item 10)', () => {
    const parsed = parseUrl(link('noticeFlood'));
    expect(parsed.state.countries).toEqual([]);
    expect(parsed.dropped).toEqual([
      '250 country codes in the link are not valid: “QQ0”, “QQ1”, “QQ2” … and 247 more.',
    ]);
  });

  it('never switches on the online tiles from a link, and says where tiles come from (item 11)', () => {
    const only = parseUrl(link('tilesFromLink'));
    expect(only.state.layers.tiles).toBe(false);
    expect(only.dropped).toEqual([expect.stringContaining('tile.openstreetmap.org')]);
    const mixed = parseUrl(link('tilesWithOthers'));
    expect(mixed.state.layers).toEqual({ projects: true, places: false, conflict: false, tiles: false });
    expect(serialiseUrl({ ...DEFAULT_URL_STATE, layers: { ...DEFAULT_URL_STATE.layers, tiles: true } })).toBe(
      '',
    );
  });

  it('accepts ASCII letters only, so look-alikes select nothing (item 13)', () => {
    for (const name of ['lookAlikeLongS', 'lookAlikeDotlessI']) {
      const parsed = parseUrl(link(name));
      expect(parsed.state.countries, name).toEqual([]);
      expect(parsed.dropped, name).toHaveLength(1);
    }
    expect(parseUrl(link('lookAlikeLongS')).dropped[0]).toBe(
      'The country code “ruſ” in the link is not valid.',
    );
    expect(parseUrl(link('lookAlikeDotlessI')).dropped[0]).toBe(
      'The country code “ırn” in the link is not valid.',
    );
  });

  it('reports a code with an invisible character, the character spelled out (item 13)', () => {
    expect(parseUrl(link('zeroWidthInCode')).dropped).toEqual([
      'The country code “K[U+200B]AZ” in the link is not valid.',
    ]);
    expect(parseUrl(link('bomAfterCode')).dropped).toEqual([
      'The country code “KAZ[U+FEFF]” in the link is not valid.',
    ]);
    expect(quoteForNotice('a\u00a0b\u2060c d')).toBe('“a[U+00A0]b[U+2060]c d”');
  });
});
