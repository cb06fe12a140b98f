// @vitest-environment node
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { validateDir } from '../../../scripts/lib/validateDir';
import { loadData } from '../../../src/app/loadData';
import { selectBody, selectBodyChunk, selectRecords } from '../../../src/state/records';
import { createAppStore } from '../../../src/state/store';
import { brokenClasses, buildDataDir, FIXTURES, REPO, removeDataDirs } from '../data/fixtureDataset';
import { appOn, lines, names, serve } from './servedApp';

afterAll(removeDataDirs);
afterEach(() => vi.unstubAllGlobals());

describe('the app and npm run validate', () => {
  const folders = [
    ...brokenClasses().map((name) => [name, () => buildDataDir(name)] as const),
    ['base', () => buildDataDir()] as const,
    ['hostile', () => join(FIXTURES, 'hostile')] as const,
    ['data', () => join(REPO, 'data')] as const,
  ];
  it.each(folders)('agree on %s: the same problems and the same records kept', async (_name, dirOf) => {
    const dir = dirOf();
    const validated = validateDir(dir);
    const app = await appOn(dir);
    expect(lines(app.problems)).toEqual(lines(validated.problems));
    expect(names(app.kept)).toEqual(names(validated.kept));
  });
});

describe('loadData puts the checked dataset in once', () => {
  it('changes the files once, from all loading to all settled, with the cross-file pruning already done', async () => {
    serve(buildDataDir('quote-not-found'));
    const store = createAppStore();
    const seen: string[][] = [];
    store.subscribe((s, prev) => {
      if (s.files !== prev.files) seen.push(Object.values(s.files).map((f) => f.status));
    });
    await loadData(store, '/data/');
    expect(seen).toEqual([['ready', 'ready', 'ready', 'ready', 'ready', 'ready']]);
  });
});

describe('loadData: a bad record or file is left out on its own', () => {
  const base = names(validateDir(buildDataDir()).kept);
  const without = (list: string[] | null, id: string) => list?.filter((x) => x !== id);

  it('keeps every other article around a stray file, and reads an article saved with a byte-order mark', async () => {
    const stray = await appOn(buildDataDir('stray-article-file'));
    expect(names(stray.kept).articles).toEqual(base.articles);
    expect(lines(stray.problems)).toEqual([
      'error: articles/notes.md · record notes: expected front matter starting with a "---" line',
    ]);
    const bom = await appOn(buildDataDir('article-bom'));
    expect(bom.problems).toEqual([]);
    expect(names(bom.kept).articles).toEqual(base.articles);
  });

  it('leaves out one bad figure, named by id and field, and keeps the rest of figures.json', async () => {
    const { kept, problems } = await appOn(buildDataDir('schema-violation'));
    expect(names(kept).figures).toEqual(without(base.figures, 'trade-kazakhstan-china-wheat-2023'));
    expect(problems.map((p) => [p.file, p.record, p.field])).toEqual([
      ['figures.json', 'trade-kazakhstan-china-wheat-2023', 'kind'],
    ]);
  });

  it('never resolves a duplicate id to the later record: the first is kept, the repeat left out', async () => {
    const { kept, problems } = await appOn(buildDataDir('duplicate-id'));
    const matching = kept.figures?.figures.filter((f) => f.id === 'trade-kazakhstan-china-wheat-2023');
    expect(matching?.map((f) => f.label)).toEqual(['Kazakh wheat exports to China']);
    expect(lines(problems)).toEqual([
      'error: figures.json · record trade-kazakhstan-china-wheat-2023 · field id: duplicate id "trade-kazakhstan-china-wheat-2023": only the first record with it is kept',
    ]);
  });

  it('names a bad country by its code, and keeps the other countries, the groups and what refers to it', async () => {
    const { kept, problems } = await appOn(buildDataDir('bad-country-record'));
    expect(problems.map((p) => [p.file, p.record, p.field])).toEqual([['countries.json', 'DEU', 'region']]);
    expect(names(kept).countries).toEqual(without(base.countries, 'DEU'));
    expect(kept.countries?.groups.find((g) => g.code === 'EUU')?.members).toEqual(['DEU', 'FRA']);
    expect(names(kept).figures).toEqual(base.figures);
  });

  it('says a missing file is missing when the server answers with the app page, and loads the rest', async () => {
    const { kept, problems } = await appOn(buildDataDir('missing-file'));
    expect(lines(problems)).toEqual(['error: events.json: the file is missing']);
    expect(kept.events).toBeNull();
    expect(names(kept).figures).toEqual(base.figures);
  });

  it('refuses a Latin-1 article and one with a NUL byte, saying where, and keeps the others', async () => {
    const latin1 = await appOn(buildDataDir('latin1-article'));
    expect(lines(latin1.problems)).toEqual([
      'error: articles/almaty-cafe-owners-count-the-cost.md · record almaty-cafe-owners-count-the-cost: the file is not valid UTF-8 (byte 0xE9 on line 3); it may be Latin-1 or Windows-1252; convert it first, for example: iconv -f WINDOWS-1252 -t UTF-8',
    ]);
    expect(names(latin1.kept).articles).toEqual(base.articles);
    const nul = await appOn(buildDataDir('nul-in-article'));
    expect(nul.problems.map((p) => p.message)).toEqual([
      'the file contains a NUL character (U+0000) on line 10; it may be binary, or UTF-16 without a byte-order mark',
    ]);
    expect(names(nul.kept).articles).toEqual(base.articles);
  });
});

describe('article bodies', () => {
  it('are not fetched by the first load, and come in chunks when asked for', async () => {
    serve(join(REPO, 'data'));
    const store = createAppStore();
    await loadData(store, '/data/');
    const fetched = () => vi.mocked(fetch).mock.calls.map(([url]) => String(url));
    expect(fetched().some((url) => url.includes('article-bodies'))).toBe(false);
    const [first, second] = selectRecords(store.getState(), 'articles');
    if (!first || !second) throw new Error('the seed has articles');
    store.getState().requestBodies([first.id, second.id]);
    await vi.waitFor(() => expect(selectBody(store.getState(), first.id)).toBeDefined());
    await vi.waitFor(() => expect(selectBody(store.getState(), second.id)).toBeDefined());
    expect(selectBody(store.getState(), first.id)).toHaveLength(first.paragraphCount);
    const chunks = new Set([first.chunk, second.chunk]);
    expect(fetched().filter((url) => url.includes('article-bodies'))).toHaveLength(chunks.size);
  });

  it('say why a chunk could not be had, and try it again when asked again', async () => {
    serve(join(REPO, 'data'));
    const store = createAppStore();
    await loadData(store, '/data/');
    const [first] = selectRecords(store.getState(), 'articles');
    if (!first) throw new Error('the seed has articles');
    vi.stubGlobal('fetch', async () => new Response('boom', { status: 500, statusText: 'Server Error' }));
    store.getState().requestBodies([first.id]);
    await vi.waitFor(() => expect(selectBodyChunk(store.getState(), first.id)?.status).toBe('error'));
    expect(selectBodyChunk(store.getState(), first.id)).toEqual({
      status: 'error',
      message: 'the server answered 500 Server Error',
    });
    serve(join(REPO, 'data'));
    store.getState().requestBodies([first.id]);
    await vi.waitFor(() => expect(selectBody(store.getState(), first.id)).toBeDefined());
  });
});
