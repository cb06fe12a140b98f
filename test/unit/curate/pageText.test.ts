import { describe, expect, it } from 'vitest';
import { MAX_PAGE_BYTES } from '../../../src/curate/model/channel';
import { htmlToText, previewPage, readPage } from '../../../src/curate/page/pageText';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading a page in the workbench', () => {
  it('reduces a saved HTML page to its text, one line per block, without scripts or styles', () => {
    const html =
      '<!doctype html><html><head><title>T</title><style>p{}</style></head><body><script>alert(1)</script>' +
      '<h1>Steppe&nbsp;rail &amp; roads</h1><p>Freight rose <b>12%</b> in&#160;May.</p><!-- x --><p>Second</p></body></html>';
    expect(htmlToText(html)).toBe('Steppe rail & roads\nFreight rose 12% in May.\nSecond');
  });

  it('refuses a page over the limit with its size, and a binary file, with a clear message', () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x61);
    const read = readPage('huge.txt', big);
    expect(read).toEqual({
      ok: false,
      message: expect.stringMatching(/huge\.txt is 5\.0 MB; the workbench takes pages up to 2\.0 MB/),
    });
    expect(MAX_PAGE_BYTES).toBeLessThan(big.length);
    expect(readPage('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xd8]))).toEqual({
      ok: false,
      message: expect.stringMatching(/photo\.txt is not a text page/),
    });
    expect(readPage('nul.txt', bytes('a\u0000b'))).toEqual({
      ok: false,
      message: expect.stringMatching(/binary file/),
    });
  });

  it('previews what ingest would write, with the lines it leaves out and why', () => {
    const page = 'Dry port opens\nThe port handled 40 trains.\nComments\nNo comments yet...\n';
    const result = previewPage(page, 'port.txt');
    if (!result.ok) throw new Error(result.message);
    expect(result.preview.articles.map((a) => [a.id, a.title])).toEqual([
      ['dry-port-opens', 'Dry port opens'],
    ]);
    expect(result.preview.dropped.map((d) => d.text)).toEqual([
      'Dry port opens',
      'Comments',
      'No comments yet...',
    ]);
    expect(result.preview.headlineChoices[0]).toBe('Dry port opens');
    expect(previewPage(page, 'port.txt', 'Not on the page')).toEqual({
      ok: false,
      message: expect.stringMatching(/no line of the page reads "Not on the page"/),
    });
    expect(previewPage('', 'empty.txt')).toEqual({
      ok: false,
      message: expect.stringMatching(/the page is empty/),
    });
  });
});
