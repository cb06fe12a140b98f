// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArticle, serialiseArticle } from '../../../src/data/articleFile';
import type { Article } from '../../../src/data/schema';

const article: Article = {
  id: 'a-test',
  title: 'A "quoted" title: with a colon',
  publisher: "Int'l Business Times",
  published: null,
  publishedAsWritten: 'an hour ago',
  sourceFile: 'page.txt',
  paragraphs: ['First paragraph.', '---', 'Third: key: value'],
};

describe('article files', () => {
  it('serialise to front matter of JSON values, then one paragraph per line, and read back the same', () => {
    const text = serialiseArticle(article);
    expect(text).toBe(
      [
        '---',
        'id: "a-test"',
        'title: "A \\"quoted\\" title: with a colon"',
        'publisher: "Int\'l Business Times"',
        'published: null',
        'publishedAsWritten: "an hour ago"',
        'sourceFile: "page.txt"',
        '---',
        '',
        'First paragraph.',
        '',
        '---',
        '',
        'Third: key: value',
        '',
      ].join('\n'),
    );
    expect(parseArticle('a-test.md', text)).toEqual({ ok: true, article });
    expect(parseArticle('a-test.md', text.replace(/\n/g, '\r\n'))).toEqual({ ok: true, article });
  });

  const problemOf = (text: string) => {
    const parsed = parseArticle('articles/a-test.md', text);
    if (parsed.ok) throw new Error('parsed');
    return parsed.problems[0];
  };

  it('refuses broken front matter, naming the file, the article and the key', () => {
    const good = serialiseArticle(article);
    expect(problemOf('no fence')).toMatchObject({ record: 'a-test', message: /starting with a "---" line/ });
    expect(problemOf('---\nid: "a-test"\n')).toMatchObject({ message: /not closed/ });
    expect(problemOf(good.replace('published: null', 'published: 2025-06-17'))).toMatchObject({
      field: 'published',
      message: /not a JSON string, number or null/,
    });
    expect(problemOf(good.replace('published: null', 'published: "17 June 2025"'))).toMatchObject({
      file: 'articles/a-test.md',
      record: 'a-test',
      field: 'published',
      message: 'dates are ISO yyyy-mm-dd',
    });
    expect(problemOf(good.replace('sourceFile', 'id'))).toMatchObject({
      field: 'id',
      message: 'key appears twice',
    });
    expect(problemOf(good.replace(/\n\nFirst[\s\S]*$/, '\n'))).toMatchObject({
      message: 'the article has no body text',
    });
    expect(problemOf(good.replace('published: null\n', ''))).toMatchObject({ field: 'published' });
  });
});
