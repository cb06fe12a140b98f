// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleOf, paragraphOfNumbers } from '../../../../scripts/lib/numbersParagraph';
import { findFigureCandidates } from '../../../../src/data/extract/candidates';

// Issue 14, item 16: extract on one paragraph of thousands of numbers must do work in proportion
// to the text, not to its square. Counted, not timed: findFigureCandidates reports how many
// characters each step looks at. Wall time is measured by `npm run extract:bench` (docs/EXTRACTION.md).

function work(count: number) {
  const text = paragraphOfNumbers(count);
  let chars = 0;
  const found = findFigureCandidates(articleOf(text), { onStep: (n) => (chars += n) });
  return { found: found.length, chars, length: text.length };
}

describe('extract on one long paragraph of numbers', () => {
  it('finds every number and looks at a bounded number of characters per character of text', () => {
    const small = work(2_000);
    const large = work(8_000);
    expect(small.found).toBe(2_000);
    expect(large.found).toBe(8_000);
    // Four times the numbers, about four times the work (a quadratic scan would be sixteen).
    expect(large.chars / small.chars).toBeLessThan(4.5);
    expect(large.chars).toBeLessThan(200 * large.length);
  });
});
