import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleBundle, parseArticleBundleInSlices } from '../../../src/app/loadData';

const bundle = JSON.stringify(
  readdirSync('data/articles')
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => ({ file: `articles/${name}`, text: readFileSync(join('data/articles', name), 'utf8') })),
);

describe('parseArticleBundleInSlices', () => {
  it('gives what parseArticleBundle gives on the seed articles', async () => {
    const sliced = await parseArticleBundleInSlices(bundle);
    expect(sliced.status).toBe('ready');
    expect(sliced).toEqual(parseArticleBundle(bundle));
  });

  it('reports a broken bundle and a broken entry as parseArticleBundle does', async () => {
    expect(await parseArticleBundleInSlices('not json')).toEqual(parseArticleBundle('not json'));
    const broken = JSON.stringify([{ file: 'articles/x.md' }]);
    const result = await parseArticleBundleInSlices(broken);
    expect(result).toEqual(parseArticleBundle(broken));
    expect(result.status === 'error' && result.problems[0]?.message).toBe('the entry has no text');
  });
});
