import { csvCell, fileSlug, toCsv } from '../../../src/lib/downloadFile';
import { wrapByChars } from '../../../src/lib/downloadImage';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and keeps the column order', () => {
    const csv = toCsv([{ b: 'say "hi", then go', a: 1, c: null }], ['a', 'b', 'c']);
    expect(csv).toBe('a,b,c\n1,"say ""hi"", then go",');
  });

  it("neutralises every text cell a spreadsheet would run as a formula: prefix ' and quote", () => {
    for (const attack of [
      '=IMPORTXML("http://x","//a")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      ' =1',
      '＝1',
    ])
      expect(csvCell(attack)).toBe(`"'${attack.replace(/"/g, '""')}"`);
    const csv = toCsv(
      [{ title: '=HYPERLINK("http://evil")', value: -5, label: 'China' }],
      ['title', 'value', 'label'],
    );
    expect(csv).toBe('title,value,label\n"\'=HYPERLINK(""http://evil"")",-5,China');
  });

  it('leaves ordinary text, numbers and inner signs alone', () => {
    expect(csvCell('China − Kyrgyzstan = gap')).toBe('China − Kyrgyzstan = gap');
    expect(csvCell('$95 billion')).toBe('$95 billion');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
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
