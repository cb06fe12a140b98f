import type { Article } from '../../src/data/schema';

// One long paragraph of numbers, as in issue 14 item 16: shared by `npm run extract:bench` (wall
// time) and test/unit/data/extract/linear.test.ts (work counted, not timed).

/** Money, percentages, hedged counts and decimals, which exercise every reader. */
export const MIXED_FORMS = ['7', '$3 billion', '12%', 'nearly 40 people', '1.5'];

export const paragraphOfNumbers = (count: number, forms: readonly string[] = MIXED_FORMS): string =>
  Array.from({ length: count }, (_, i) => forms[i % forms.length]).join(' ');

/** An article whose body is the one paragraph. */
export const articleOf = (paragraph: string): Article => ({
  id: 'numbers',
  title: 'Numbers',
  publisher: null,
  published: null,
  publishedAsWritten: null,
  sourceFile: 'numbers.txt',
  paragraphs: [paragraph],
});
