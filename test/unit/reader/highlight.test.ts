import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRuns, cut, findQuote, locateQuotes, type QuoteRange } from '../../../src/reader/highlight';

const at = (text: string, quote: string, key: string, head = true): QuoteRange => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: ${quote} not in text`);
  return { key, start, end: start + quote.length, head };
};
const show = (text: string, quotes: QuoteRange[], mentions: { start: number; end: number }[] = []) =>
  buildRuns(text, quotes, mentions).map((r) => ({
    text: r.parts.map((p) => (p.mention ? `[${p.text}]` : p.text)).join(''),
    keys: r.keys,
    heads: r.heads,
  }));

describe('buildRuns', () => {
  it('leaves text with no quotes as one unmarked run', () => {
    expect(show('Plain text.', [])).toEqual([{ text: 'Plain text.', keys: [], heads: [] }]);
    expect(buildRuns('', [], [])).toEqual([]);
  });

  it('marks a quote that spans punctuation and ends on it, keeping every character', () => {
    const text =
      'New border crossings and "dry ports" have already been built, such as Khorgos in Kazakhstan, one of the hubs.';
    const quote = at(text, '"dry ports" have already been built, such as', 'q');
    const runs = show(text, [quote]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs[1]).toEqual({
      text: '"dry ports" have already been built, such as',
      keys: ['q'],
      heads: ['q'],
    });
  });

  it('splits crossing quotes into three runs, the shared part covered by both', () => {
    const text = 'alpha beta gamma delta';
    const runs = show(text, [at(text, 'alpha beta gamma', 'a'), at(text, 'beta gamma delta', 'b')]);
    expect(runs).toEqual([
      { text: 'alpha ', keys: ['a'], heads: ['a'] },
      { text: 'beta gamma', keys: ['a', 'b'], heads: ['b'] },
      { text: ' delta', keys: ['b'], heads: [] },
    ]);
  });

  it('lists the shorter of nested quotes first, and both heads when they start together', () => {
    const text = 'such as Khorgos in Kazakhstan, one of the largest logistics hubs in the world.';
    const long = at(
      text,
      'such as Khorgos in Kazakhstan, one of the largest logistics hubs in the world',
      'project',
    );
    const short = at(text, 'such as Khorgos in Kazakhstan', 'place');
    const runs = show(text, [long, short]);
    expect(runs).toEqual([
      { text: 'such as Khorgos in Kazakhstan', keys: ['place', 'project'], heads: ['place', 'project'] },
      { text: ', one of the largest logistics hubs in the world', keys: ['project'], heads: [] },
      { text: '.', keys: [], heads: [] },
    ]);
  });

  it('gives two records with the very same quote one run with both', () => {
    const text = 'Xi -- who arrived in Astana on Monday -- and the leaders';
    const runs = show(text, [
      at(text, 'who arrived in Astana on Monday', 'place'),
      at(text, 'who arrived in Astana on Monday', 'event'),
    ]);
    expect(runs[1]).toEqual({
      text: 'who arrived in Astana on Monday',
      keys: ['place', 'event'],
      heads: ['place', 'event'],
    });
  });

  it('does not repeat a key when the same record is given twice', () => {
    const text = 'one two';
    const runs = show(text, [at(text, 'one', 'a'), at(text, 'one', 'a')]);
    expect(runs[0]).toEqual({ text: 'one', keys: ['a'], heads: ['a'] });
  });

  it('gives no head to the continuation of a quote from an earlier paragraph', () => {
    const runs = show('rest of it. Next.', [{ key: 'a', start: 0, end: 11, head: false }]);
    expect(runs[0]).toEqual({ text: 'rest of it.', keys: ['a'], heads: [] });
  });

  it('marks country mentions inside and outside quotes, cutting them at quote edges', () => {
    const text = 'Russia, with $44 billion and Kazakhstan';
    const quote = at(text, 'and Russia, with $44 billion'.slice(4), 'fig');
    const mentions = [
      { start: 0, end: 6 },
      { start: text.indexOf('Kazakhstan'), end: text.length },
      // A mention crossing the end of the quote ("billion and"):
      { start: text.indexOf('billion'), end: text.indexOf(' Kaz') },
    ];
    expect(show(text, [quote], mentions)).toEqual([
      { text: '[Russia], with $44 [billion]', keys: ['fig'], heads: ['fig'] },
      { text: '[ and] [Kazakhstan]', keys: [], heads: [] },
    ]);
  });

  it('clips ranges that run past the text and ignores empty ones', () => {
    expect(
      show('abc', [
        { key: 'a', start: -5, end: 2, head: true },
        { key: 'b', start: 2, end: 2, head: true },
      ]),
    ).toEqual([
      { text: 'ab', keys: ['a'], heads: [] },
      { text: 'c', keys: [], heads: [] },
    ]);
  });

  it('always rebuilds the text exactly, for any ranges', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(70), fc.nat(70), fc.constantFrom('a', 'b', 'c')), { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(70), fc.nat(70)), { maxLength: 4 }),
        (text, raw, rawMentions) => {
          const quotes = raw.map(([x, y, key]) => ({
            key,
            start: Math.min(x, y),
            end: Math.max(x, y),
            head: true,
          }));
          const mentions = rawMentions.map(([x, y]) => ({ start: Math.min(x, y), end: Math.max(x, y) }));
          const runs = buildRuns(text, quotes, mentions);
          expect(runs.map((r) => r.parts.map((p) => p.text).join('')).join('')).toBe(text);
          for (const run of runs) {
            for (const key of run.keys)
              expect(quotes.some((q) => q.key === key && q.start <= run.start && q.end >= run.end)).toBe(
                true,
              );
            expect(run.heads.every((h) => run.keys.includes(h))).toBe(true);
          }
        },
      ),
    );
  });
});

describe('findQuote', () => {
  it('finds a verbatim quote, regular-expression characters and all', () => {
    const text = 'The "5+1" format (high-level) talks cost $95 billion? Yes.';
    expect(findQuote(text, '"5+1" format (high-level)')).toEqual({ start: 4, end: 29 });
    expect(findQuote(text, '$95 billion?')).toEqual({ start: 41, end: 53 });
  });

  it('allows different whitespace, line breaks included, and nothing else', () => {
    const text = 'Iranian officials have\n reported  224 deaths, mostly civilians';
    const found = findQuote(text, 'officials have reported 224 deaths');
    expect(found && text.slice(found.start, found.end)).toBe('officials have\n reported  224 deaths');
    expect(findQuote(text, 'officials reported 224 deaths')).toBeNull();
    expect(findQuote(text, '   ')).toBeNull();
  });
});

describe('locateQuotes', () => {
  it('splits a quote running across a paragraph break and reports quotes not found', () => {
    const paragraphs = ['First ends here.', 'Second starts here.'];
    const { ranges, missing } = locateQuotes(paragraphs, [
      { key: 'across', quote: 'ends here. Second starts' },
      { key: 'inside', quote: 'starts here' },
      { key: 'absent', quote: 'nowhere' },
    ]);
    expect(ranges).toEqual([
      [{ key: 'across', start: 6, end: 16, head: true }],
      [
        { key: 'across', start: 0, end: 13, head: false },
        { key: 'inside', start: 7, end: 18, head: true },
      ],
    ]);
    expect(missing).toEqual(['absent']);
  });
});

describe('cut', () => {
  it('covers the whole length with no gaps', () => {
    const pieces = cut(10, [{ start: 2, end: 5 }]);
    expect(pieces.map((p) => [p.start, p.end, p.covering.length])).toEqual([
      [0, 2, 0],
      [2, 5, 1],
      [5, 10, 0],
    ]);
  });
});

describe('the seed data', () => {
  it('has every record quote found in its article, so every one is marked', async () => {
    const { collectSources } = await import('../../../src/reader/sources');
    const { seedArticles, seedFile } = await import('../state/seedStore');
    const sources = collectSources({
      figures: seedFile('figures').figures,
      projects: seedFile('projects').features,
      places: seedFile('places').features,
      events: seedFile('events').events,
    });
    expect(sources).toHaveLength(36);
    for (const article of seedArticles()) {
      const mine = sources.filter((s) => s.article === article.id);
      const { ranges, missing } = locateQuotes(article.paragraphs, mine);
      expect(missing).toEqual([]);
      expect(ranges.flat().filter((r) => r.head)).toHaveLength(mine.length);
    }
  });
});
