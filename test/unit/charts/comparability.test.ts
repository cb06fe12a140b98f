import {
  type ComparableFigure,
  comparabilityNotes as isolatedNotes,
  joinOwners as isolatedOwners,
  possessive as isolatedPossessive,
} from '../../../src/charts/trade/comparability';

// Every name and reporter in a note is an isolate (lib/isolate.ts); the wording tests read the
// notes without the two invisible isolate characters, and one test checks that they are there.
const plain = (text: string): string => text.replace(/[\u2068\u2069]/g, '');
const comparabilityNotes = (...args: Parameters<typeof isolatedNotes>) => isolatedNotes(...args).map(plain);
const joinOwners = (names: readonly string[]) => plain(isolatedOwners(names));
const possessive = (name: string) => plain(isolatedPossessive(name));

const fig = (name: string, over: Partial<ComparableFigure> = {}): ComparableFigure => ({
  name,
  year: 2024,
  qualifier: null,
  reportedBy: 'Customs',
  counterpart: 'Central Asia',
  ...over,
});

describe('possessive', () => {
  it('adds the article where English needs one', () => {
    expect(possessive('China')).toBe("China's");
    expect(possessive('European Union')).toBe("the European Union's");
    expect(possessive('United States')).toBe("the United States'");
    expect(joinOwners(['China', 'India', 'Russia'])).toBe("China's, India's and Russia's");
  });
});

describe('comparabilityNotes', () => {
  it('says nothing when the figures are like for like', () => {
    expect(comparabilityNotes([fig('China'), fig('Russia')])).toEqual([]);
  });

  it('says nothing about a single bar', () => {
    expect(comparabilityNotes([fig('China', { year: null, reportedBy: null })])).toEqual([]);
  });

  it('words the seed data: mixed years, qualifiers and reporters', () => {
    const notes = comparabilityNotes([
      fig('China', { year: 2024, qualifier: 'estimated', reportedBy: 'Chinese customs' }),
      fig('European Union', { year: 2023, qualifier: 'around', reportedBy: 'EU Council' }),
      fig('Russia', { year: null, qualifier: null, reportedBy: null }),
    ]);
    expect(notes).toEqual([
      "The European Union's figure is for 2023, China's for 2024; Russia's year is not stated.",
      'China\'s figure is an estimate ("estimated"), the European Union\'s is approximate ("around"); ' +
        "Russia's is stated without qualification.",
      "China's figure comes from Chinese customs, the European Union's from EU Council; " +
        "Russia's source is not stated.",
    ]);
  });

  it('groups figures that share a year and orders years', () => {
    const [note] = comparabilityNotes([
      fig('India', { year: 2024 }),
      fig('China', { year: 2024 }),
      fig('Turkey', { year: 2022 }),
    ]);
    expect(note).toBe("Turkey's figure is for 2022, India's and China's for 2024.");
  });

  it('says when no figure states its year or its source', () => {
    const notes = comparabilityNotes([
      fig('China', { year: null, reportedBy: null }),
      fig('Russia', { year: null, reportedBy: null }),
    ]);
    expect(notes).toEqual([
      'None of these figures states its year.',
      'None of these figures names its source.',
    ]);
  });

  it('flags a missing year even when the rest agree', () => {
    expect(comparabilityNotes([fig('China'), fig('Russia', { year: null })])).toEqual([
      "China's figure is for 2024; Russia's year is not stated.",
    ]);
  });

  it('does not flag reporters that differ only in letter case', () => {
    expect(
      comparabilityNotes([fig('China', { reportedBy: 'IMF' }), fig('Russia', { reportedBy: 'imf' })]),
    ).toEqual([]);
  });

  it('flags a lower bound next to exact figures, and plural groups', () => {
    const [note] = comparabilityNotes([
      fig('China', { qualifier: 'more than' }),
      fig('India', { qualifier: 'more than' }),
      fig('Russia'),
    ]);
    expect(note).toBe(
      "China's and India's figures are lower bounds (\"more than\"); Russia's is stated without qualification.",
    );
  });

  it('flags figures about different partners', () => {
    expect(
      comparabilityNotes([
        fig('China'),
        fig('Turkey', { counterpart: 'Kazakhstan' }),
        fig('Iran', { counterpart: null }),
      ]),
    ).toEqual([
      "China's figure covers trade with Central Asia, Turkey's trade with Kazakhstan; Iran's does not name the other side.",
    ]);
  });

  it('isolates every name and reporter, so a bidi control in one cannot reverse the note (issue 14, item 7)', () => {
    const [note] = isolatedNotes([
      fig('China', { reportedBy: 'Customs \u202eoffice' }),
      fig('Russia\u202e', { reportedBy: 'IMF' }),
    ]);
    expect(note).toBe(
      "\u2068China\u2069's figure comes from \u2068Customs \u202eoffice\u2069, \u2068Russia\u202e\u2069's from \u2068IMF\u2069.",
    );
  });
});

describe('part-year figures', () => {
  it('never sit beside full-year ones without saying so, and are counted', () => {
    const notes = comparabilityNotes([
      fig('China'),
      fig('Kyrgyzstan', { period: '2024-01 to 2024-06' }),
      fig('Kazakhstan', { period: '2024-01 to 2024-03' }),
    ]);
    expect(notes).toContain(
      "Kyrgyzstan's figure covers 2024-01 to 2024-06, Kazakhstan's figure covers 2024-01 to 2024-03: part of a year, not comparable with a full year's (2 for part of a year).",
    );
    expect(
      comparabilityNotes([fig('China'), fig('Kyrgyzstan')]).some((n) => n.includes('part of a year')),
    ).toBe(false);
  });
});
