// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { searchIndexFile } from '../../../scripts/lib/searchIndexFile';
import { parseDocId, processTerm } from '../../../src/search/searchDocuments';
import { engineFromFile } from '../../../src/search/searchEngine';
import { GROUP_SIZE, groupResults } from '../../../src/search/searchGroups';
import { seedArticles, seedFile } from '../state/seedStore';

// The index is built from data/ as the build does, and searched as the app does.
const engine = engineFromFile(JSON.parse(searchIndexFile('data')));
const articles = seedArticles();

describe('the search index', () => {
  it('names an article paragraph, a title or a record in each document id, and refuses others', () => {
    expect(parseDocId('a3.12')).toEqual({ kind: 'article', article: 3, paragraph: 12 });
    expect(parseDocId('a3')).toEqual({ kind: 'article', article: 3, paragraph: null });
    expect(parseDocId('fdeaths-iran')).toEqual({ kind: 'figure', id: 'deaths-iran' });
    expect(parseDocId('lkhorgos')).toEqual({ kind: 'place', id: 'khorgos' });
    for (const bad of ['a', 'ax', 'a1.', 'x1', 'f']) expect(parseDocId(bad), bad).toBeNull();
  });

  it('folds case and accents, and drops stop words', () => {
    expect(processTerm('Türkiye')).toBe('turkiye');
    expect(processTerm('The')).toBeNull();
  });

  it('finds an article by a phrase of its body, at the paragraph that holds it', () => {
    const article = articles[1];
    const paragraph = article?.paragraphs.findIndex((p) => p.split(' ').length > 12) ?? -1;
    const words = article?.paragraphs[paragraph]?.split(' ').slice(2, 9).join(' ') ?? '';
    const found = engine.search(words).filter((f) => f.kind === 'article');
    expect(found[0]).toMatchObject({ id: article?.id, paragraph });
    expect(found[0]?.terms).toEqual(expect.arrayContaining(['iranian', 'capital']));
  });

  it('finds figures by their label and lists each article once', () => {
    const figure = seedFile('figures').figures[0];
    const found = engine.search(figure?.label ?? '');
    expect(found.some((f) => f.kind === 'figure' && f.id === figure?.id)).toBe(true);
    const ids = found.filter((f) => f.kind === 'article').map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('groupResults', () => {
  const figures = seedFile('figures').figures;
  const shown = {
    articles: new Map(articles.map((a) => [a.id, a])),
    figures: new Map(figures.map((f) => [f.id, f])),
    events: new Map(),
    projects: new Map(),
    places: new Map(),
    range: { from: null, to: null },
  };

  it('keeps only hits the views show, groups them in a fixed order and caps each group', () => {
    const found = [
      ...figures.map((f) => ({ kind: 'figure' as const, id: f.id, paragraph: null, terms: ['x'], score: 1 })),
      { kind: 'article' as const, id: articles[0]?.id ?? '', paragraph: 2, terms: ['x'], score: 1 },
      { kind: 'event' as const, id: 'not-shown', paragraph: null, terms: ['x'], score: 1 },
    ];
    const groups = groupResults(found, shown);
    expect(groups.map((g) => g.kind)).toEqual(['article', 'figure']);
    expect(groups[1]?.total).toBe(figures.length);
    expect(groups[1]?.items).toHaveLength(Math.min(GROUP_SIZE, figures.length));
    expect(groups[0]?.items[0]).toMatchObject({ title: articles[0]?.title, paragraph: 2 });
  });

  it('leaves out articles outside the time range', () => {
    const dated = articles.find((a) => a.published !== null);
    const year = Number(dated?.published?.slice(0, 4));
    const found = [{ kind: 'article' as const, id: dated?.id ?? '', paragraph: 0, terms: [], score: 1 }];
    expect(groupResults(found, { ...shown, range: { from: String(year + 1), to: null } })).toEqual([]);
    expect(groupResults(found, { ...shown, range: { from: String(year), to: null } })).toHaveLength(1);
  });
});
