import { describe, expect, it } from 'vitest';
import { findHit, hitSentence } from '../../../src/reader/searchHit';

const paragraph = 'Trade grew fast. Critics questioned whether the plans could be financed. The talks ended.';

describe('hitSentence', () => {
  it('picks the sentence holding most of the matched words, a typed prefix included', () => {
    const range = hitSentence(paragraph, ['critics', 'financ']);
    expect(paragraph.slice(range?.start, range?.end)).toBe(
      'Critics questioned whether the plans could be financed.',
    );
  });

  it('folds accents and case as the index does, and finds nothing for no match', () => {
    expect(hitSentence('Talks in Türkiye ended.', ['turkiye'])).toEqual({ start: 0, end: 23 });
    expect(hitSentence(paragraph, ['pipeline'])).toBeNull();
  });
});

describe('findHit', () => {
  it('looks in the paragraph named, else in the first paragraph holding a matched word', () => {
    expect(findHit(['No.', paragraph], 1, ['talks'])?.paragraph).toBe(1);
    expect(findHit(['Nothing here.', paragraph], null, ['talks'])).toEqual({
      paragraph: 1,
      range: { start: 73, end: 89 },
    });
  });
});
