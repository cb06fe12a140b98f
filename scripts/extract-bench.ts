import { loadavg } from 'node:os';
import { findFigureCandidates } from '../src/data/extract/candidates';
import { articleOf, paragraphOfNumbers } from './lib/numbersParagraph';

// npm run extract:bench
// Times extract on one paragraph of N numbers (issue 14, item 16: 20,000 numbers in a 40 KB
// paragraph must take under 2 s). Prints the median of 5 runs per size, with the load average,
// for docs/EXTRACTION.md. Timings are noisy on a shared machine: compare the sizes within a run.

/** 20,000 numbers in 40 kB: one digit and a space each. */
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const [name, count, text] of [4_000, 20_000].flatMap((n) => [
  ['plain', n, paragraphOfNumbers(n, DIGITS)] as const,
  ['mixed', n, paragraphOfNumbers(n)] as const,
])) {
  const times: number[] = [];
  let found = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    found = findFigureCandidates(articleOf(text)).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const size = `${(text.length / 1000).toFixed(1)} kB`;
  console.log(`${name} ${count} numbers, ${size}: ${found} candidates, median ${times[2]?.toFixed(0)} ms`);
}
