import { findFigureCandidates } from '../src/data/extract/candidates';
import type { Article } from '../src/data/schema';

// npm run extract:bench
// Times extract on one paragraph of N numbers (issue 14, item 16: 20,000 numbers in a 40 KB
// paragraph must take under 2 s). Prints the median of 5 runs per size, with the load average,
// for docs/EXTRACTION.md. Timings are noisy on a shared machine: compare the sizes within a run.

/** 20,000 numbers in 40 KB: one digit and a space each, as in the report of issue 14. */
const plain = (count: number) => Array.from({ length: count }, (_, i) => String(i % 10)).join(' ');
/** Money, percentages, hedged counts and decimals, which exercise every reader. */
const mixed = (count: number) =>
  Array.from({ length: count }, (_, i) => ['7', '$3 billion', '12%', 'nearly 40 people', '1.5'][i % 5]).join(
    ' ',
  );

const article = (paragraph: string): Article => ({
  id: 'numbers',
  title: 'Numbers',
  publisher: null,
  published: null,
  publishedAsWritten: null,
  sourceFile: 'numbers.txt',
  paragraphs: [paragraph],
});

const { loadavg } = await import('node:os');
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const [name, count, text] of [4_000, 20_000].flatMap((n) => [
  ['plain', n, plain(n)] as const,
  ['mixed', n, mixed(n)] as const,
])) {
  const times: number[] = [];
  let found = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    found = findFigureCandidates(article(text)).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const size = `${(text.length / 1000).toFixed(1)} kB`;
  console.log(`${name} ${count} numbers, ${size}: ${found} candidates, median ${times[2]?.toFixed(0)} ms`);
}
