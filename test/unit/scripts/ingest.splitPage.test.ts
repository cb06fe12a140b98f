// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageFormatError, slugify, splitPage, usDateToIso } from '../../../src/data/page/splitPage';
import { FIXTURES } from '../data/fixtureDataset';

const SEED_NAME = '000_4a1401c1b7de3673.txt';
const seed = readFileSync(join(FIXTURES, 'pages', SEED_NAME), 'utf8');
const articles = splitPage(seed, SEED_NAME);
const byId = (id: string) => {
  const found = articles.find((a) => a.id === id);
  if (!found) throw new Error(`no article ${id}`);
  return found;
};

describe('splitPage on the seed page', () => {
  it('yields the four articles, in page order, with what the page says about each', () => {
    const meta = articles.map(({ paragraphs: _, ...rest }) => rest);
    expect(meta).toEqual([
      {
        id: 'chinas-xi-in-kazakhstan-to-cement-central-asia-ties',
        title: "China's Xi In Kazakhstan To Cement Central Asia Ties",
        publisher: null,
        published: null,
        publishedAsWritten: null,
        sourceFile: SEED_NAME,
      },
      {
        id: 'trump-says-eu-not-offering-fair-deal-on-trade',
        title: "Trump Says EU Not Offering 'Fair Deal' On Trade",
        publisher: "Int'l Business Times",
        // "an hour ago" is kept as written and never turned into a date.
        published: null,
        publishedAsWritten: 'an hour ago',
        sourceFile: SEED_NAME,
      },
      {
        id: 'fear-deepens-in-tehran-as-israel-targets-the-city',
        title: 'Fear deepens in Tehran as Israel targets the city',
        publisher: 'DW',
        published: '2025-06-17',
        publishedAsWritten: '3 hours ago',
        sourceFile: SEED_NAME,
      },
      {
        id: 'germanys-merz-says-israel-doing-dirty-work-for-us-in-iran',
        title: "Germany's Merz says Israel doing 'dirty work for us' in Iran",
        publisher: 'DW',
        published: '2025-06-17',
        publishedAsWritten: '3 hours ago',
        sourceFile: SEED_NAME,
      },
    ]);
  });

  it('drops the " – DW – 06/17/2025" suffix from titles', () => {
    for (const a of articles) expect(a.title).not.toMatch(/DW|\d{2}\/\d{2}\/\d{4}/);
  });

  it('keeps the lead article paragraph by paragraph, verbatim', () => {
    const lead = byId('chinas-xi-in-kazakhstan-to-cement-central-asia-ties');
    expect(lead.paragraphs).toHaveLength(30);
    expect(lead.paragraphs[0]).toBe(
      'Chinese President Xi Jinping will meet Central Asian leaders at a summit in Kazakhstan on Tuesday, his second trip to the region in under a year as Beijing competes with Russia for influence there.',
    );
    expect(lead.paragraphs.at(-1)).toBe(
      'Some in Central Asia are concerned by this arrangement and fear a loss of sovereignty.',
    );
  });

  it('drops page chrome and only page chrome: every other line of the page is in some article', () => {
    const kept = new Set(articles.flatMap((a) => a.paragraphs));
    const dropped = seed
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !kept.has(l));
    expect(dropped).toEqual([
      // Titles become front matter (their suffix becomes publisher and date).
      "China's Xi In Kazakhstan To Cement Central Asia Ties",
      'Hashtags',
      'Try Our AI Features',
      'Explore what Daily8 AI can do for you:',
      'Comments',
      'No comments yet...',
      'Related Articles',
      "Int'l Business Times",
      'an hour ago',
      "- Int'l Business Times",
      "Trump Says EU Not Offering 'Fair Deal' On Trade",
      'DW',
      '3 hours ago',
      '- DW',
      'Fear deepens in Tehran as Israel targets the city – DW – 06/17/2025',
      'DW',
      '3 hours ago',
      '- DW',
      "Germany's Merz says Israel doing 'dirty work for us' in Iran – DW – 06/17/2025",
    ]);
    // Nothing else is lost: each article body is the page's lines, in order.
    expect(byId('trump-says-eu-not-offering-fair-deal-on-trade').paragraphs).toHaveLength(1);
    expect(byId('germanys-merz-says-israel-doing-dirty-work-for-us-in-iran').paragraphs[0]).toMatch(
      /^Skip next section Germany's Merz says .* International Court of Justice \(ICJ\)\.$/,
    );
  });

  it('reads CRLF and old Mac line ends, and a byte-order mark, the same way', () => {
    expect(splitPage(`\uFEFF${seed.replace(/\n/g, '\r\n')}`, SEED_NAME)).toEqual(articles);
    expect(splitPage(seed.replace(/\n/g, '\r'), SEED_NAME)).toEqual(articles);
  });
});

describe('splitPage on other pages', () => {
  const related = (body: string) =>
    `Lead title\nLead paragraph one.\nLead paragraph two.\nRelated Articles\n\nReuters\n2 days ago\n- Reuters\nSecond title\n${body}\n`;

  it('keeps a related article of several paragraphs separated by blank lines', () => {
    const [, second] = splitPage(related('First paragraph.\n\nSecond paragraph.\n\n\nThird.'), 'p.txt');
    expect(second?.paragraphs).toEqual(['First paragraph.', 'Second paragraph.', 'Third.']);
    expect(second?.publishedAsWritten).toBe('2 days ago');
  });

  it('ends a related article at the next block and at trailing chrome', () => {
    const page = `${related('Body A.')}\nAP\nyesterday\n- AP\nThird title\nBody B.\nComments\n`;
    const parts = splitPage(page, 'p.txt');
    expect(parts.map((a) => [a.publisher, a.title, a.paragraphs])).toEqual([
      [null, 'Lead title', ['Lead paragraph one.', 'Lead paragraph two.']],
      ['Reuters', 'Second title', ['Body A.']],
      ['AP', 'Third title', ['Body B.']],
    ]);
  });

  it.each([
    ['', /line 1: the page is empty/],
    ['Title only\nHashtags\n', /line 2: the lead article has a title but no body/],
    [
      'T\nBody.\nHashtags\nStray text\nRelated Articles\n',
      /line 4: unexpected text between the lead article/,
    ],
    [
      'T\nBody.\nRelated Articles\n\nReuters\nlast Tuesday\n- Reuters\nX\nY\n',
      /line 6: expected a relative time/,
    ],
    ['T\nBody.\nRelated Articles\n\nReuters\n2 hours ago\nReuters\nX\nY\n', /line 7: expected "- Reuters"/],
    [
      'T\nBody.\nRelated Articles\n\nReuters\n2 hours ago\n- Reuters\nX\n',
      /line 9: the related article "X" has no body/,
    ],
    ['Same\nBody.\nRelated Articles\nAP\n1 day ago\n- AP\nSame\nBody.\n', /two articles share the id "same"/],
  ])('refuses a malformed page with the line that is wrong (%#)', (page, message) => {
    expect(() => splitPage(page, 'p.txt')).toThrow(PageFormatError);
    expect(() => splitPage(page, 'p.txt')).toThrow(message);
  });
});

describe('slugify and usDateToIso', () => {
  it('makes ids from titles', () => {
    expect(slugify("Germany's Merz says Israel doing 'dirty work for us' in Iran")).toBe(
      'germanys-merz-says-israel-doing-dirty-work-for-us-in-iran',
    );
    expect(slugify('Türkiye’s “Gas” deal – 2025')).toBe('turkiyes-gas-deal-2025');
    expect(slugify(`${'a'.repeat(50)} ${'b'.repeat(50)}`)).toBe('a'.repeat(50));
  });

  it('reads US dates and refuses impossible ones', () => {
    expect(usDateToIso('06/17/2025')).toBe('2025-06-17');
    expect(usDateToIso('02/30/2025')).toBeNull();
    expect(usDateToIso('17/06/2025')).toBeNull();
  });
});
