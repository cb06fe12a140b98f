import { fileSlug, toCsv } from '../../../src/lib/downloadFile';
import { wrapByChars } from '../../../src/lib/downloadImage';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and keeps the column order', () => {
    const csv = toCsv([{ b: 'say "hi", then go', a: 1, c: null }], ['a', 'b', 'c']);
    expect(csv).toBe('a,b,c\n1,"say ""hi"", then go",');
  });
});

describe('fileSlug', () => {
  it('makes a safe file name from a title', () => {
    expect(fileSlug('Trade with Central Asia, by partner')).toBe('trade-with-central-asia-by-partner');
    expect(fileSlug('Israel–Iran: deaths')).toBe('israel-iran-deaths');
    expect(fileSlug('!!!')).toBe('chart');
  });
});

describe('wrapByChars', () => {
  it('breaks between words within the limit', () => {
    expect(wrapByChars('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});
