// A very long article for the reader benchmark, generated rather than committed: about 10 MB of
// plain paragraphs in which a selected Kazakhstan is named about once every 88 characters, so
// one filter click has over a hundred thousand mentions to mark. The sentences are this project's
// own words; the output is deterministic.

const NAMED = [
  'Freight trains through Khorgos ran late again this week.',
  'Officials in Astana described the new tariff plan in detail.',
  'Farmers across Kazakhstan reported a dry and windy spring.',
  'A Kazakh trade delegation toured the new customs yard.',
];
const PLAIN = [
  'Grain prices rose slightly.',
  'Warehouses were nearly full.',
  'Drivers waited for two days.',
  'A second line was promised.',
];
/** Sentence pairs per paragraph: about 600 characters, a typical long news paragraph. */
const PAIRS_PER_PARAGRAPH = 6;

export const BIG_ARTICLE_ID = 'bench-very-long-article';

/** The article's paragraphs, adding up to at least `bytes` characters of ASCII text. */
export function bigArticleParagraphs(bytes: number): string[] {
  const paragraphs: string[] = [];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let i = 0; i < PAIRS_PER_PARAGRAPH; i++, n++)
      sentences.push(NAMED[n % NAMED.length] as string, PLAIN[(n >> 2) % PLAIN.length] as string);
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs;
}

/** The article file in the data format (front matter, then one paragraph per line, blank-line separated). */
export function bigArticleFile(bytes: number): string {
  const front = [
    '---',
    `id: "${BIG_ARTICLE_ID}"`,
    'title: "A very long article for the reader benchmark"',
    'publisher: "Crossroads bench"',
    'published: "2025-06-18"',
    'publishedAsWritten: "18 June 2025"',
    'sourceFile: "bench.txt"',
    '---',
    '',
  ].join('\n');
  return `${front}\n${bigArticleParagraphs(bytes).join('\n\n')}\n`;
}
