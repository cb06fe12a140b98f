// The text of an HTML page saved from a browser, for ingest (CLI) and the workbench alike.

// Written here rather than with the browser's HTML parser: src/ parses no HTML strings at all (see
// test/unit/security/noHtmlSinks.test.ts), and the page only needs its text, one line per block.
const BLOCK_TAGS =
  /^(p|div|li|h[1-6]|br|tr|td|th|section|article|header|footer|blockquote|figcaption|pre|ul|ol|table|main|aside|nav|title|dd|dt)$/i;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The text of an HTML page saved from a browser: one line per block; scripts, styles and tags left out. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->|<![^>]*>/g, '')
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_, tag: string) => (BLOCK_TAGS.test(tag) ? '\n' : ''));
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** True when a saved page is HTML: by its file name, or by a doctype or <html> tag first. */
export const isHtmlPage = (name: string, text: string): boolean =>
  /\.x?html?$/i.test(name) || /^\s*<(?:!doctype|html)\b/i.test(text);
