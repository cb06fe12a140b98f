import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEDE, TAGLINE } from '../../../src/app/Intro';

// index.html paints the header and the lede before any script runs; React then renders its own
// copy in their place. Any difference between the two would show as a jump when React takes over.
describe('the static header in index.html', () => {
  const html = readFileSync('index.html', 'utf8').replace(/\s+/g, ' ');
  const root = /<div id="root">(.*)<\/div>/.exec(html)?.[1] ?? '';

  it('carries the same tagline and lede as the app', () => {
    expect(root).toContain(`<p class="tagline">${TAGLINE}</p>`);
    expect(root).toContain(`<p class="lede">${LEDE}</p>`);
    expect(root).toContain('<h1>Crossroads</h1>');
  });

  it('keeps to the CSP: no inline style or script', () => {
    expect(html).not.toMatch(/<style|style="|<script(?![^>]*\bsrc=)/i);
  });
});
