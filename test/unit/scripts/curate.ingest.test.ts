// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestPage, safePageName } from '../../../scripts/lib/curate/ingestPage';
import {
  type CurateSession,
  dataHashes,
  hashText,
  saveRecord,
  undoLastSave,
} from '../../../scripts/lib/curate/records';
import { WORKERS } from '../curate/fixtures';
import { buildDataDir, removeDataDirs } from '../data/fixtureDataset';

const dirs: string[] = [];
afterAll(() => {
  removeDataDirs();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const articlesDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossroads-curate-ingest-'));
  dirs.push(dir);
  return join(dir, 'articles');
};

const PAGE = 'Salt lake works resume\nCrews returned to the salt works after the thaw.\nComments\n';
const CHANGED = 'Salt lake works resume\nCrews returned to the salt works after a late thaw.\nComments\n';
const FILE = 'salt-lake-works-resume.md';

describe('saving a page from the workbench (npm run ingest underneath)', () => {
  it('writes the article, and will not replace a changed one without force', async () => {
    const out = articlesDir();
    expect((await ingestPage(out, { name: 'salt.txt', text: PAGE })).status).toBe(200);
    const first = readFileSync(join(out, FILE), 'utf8');
    expect(first).toContain('sourceFile: "salt.txt"');
    const refused = await ingestPage(out, { name: 'salt.txt', text: CHANGED });
    expect(refused.status).toBe(409);
    expect(JSON.stringify(refused.body)).toMatch(/exist with different content/);
    expect(readFileSync(join(out, FILE), 'utf8')).toBe(first);
    expect((await ingestPage(out, { name: 'salt.txt', text: CHANGED, force: true })).status).toBe(200);
    expect(readFileSync(join(out, FILE), 'utf8')).toContain('after a late thaw');
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('refuses a page over the limit and a malformed request before running ingest', async () => {
    const out = articlesDir();
    const big = await ingestPage(out, { name: 'big.txt', text: 'a'.repeat(3 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect((await ingestPage(out, { name: 'x.txt', text: 42 })).status).toBe(400);
    expect(existsSync(out)).toBe(false);
  });

  it('takes a headline starting with "-", a publisher and a date; says plainly when a page has no headline', async () => {
    const out = articlesDir();
    const page = `Intro line\n- Salt works reopen\n${PAGE}`;
    const reply = await ingestPage(out, {
      name: 'dash.txt',
      text: page,
      title: '- Salt works reopen',
      publisher: 'Steppe Courier',
      published: '2025-03-04',
    });
    expect(reply.status).toBe(200);
    const written = readFileSync(join(out, 'salt-works-reopen.md'), 'utf8');
    expect(written).toMatch(/publisher: "Steppe Courier"/);
    expect(written).toMatch(/published: "?2025-03-04/);
    const long = await ingestPage(out, { name: 'long.txt', text: `${'word '.repeat(90)}\nText.\n` });
    expect(long.status).toBe(422);
    expect(JSON.stringify(long.body)).toMatch(/no headline/);
    expect(JSON.stringify(long.body)).not.toContain(out);
  }, 60_000);

  it('keeps only a safe base name of the page', () => {
    expect(safePageName('../../etc/passwd')).toBe('passwd');
    expect(safePageName('C:\\pages\\my page (1).html')).toBe('my_page__1_.html');
    expect(safePageName('.hidden')).toBe('hidden');
    expect(safePageName('')).toBe('page.txt');
  });
});

describe('undo after saving a page', () => {
  const undoText = (s: CurateSession) => (dataHashes(s).body as { undo: string | null }).undo;

  it('takes the page back out, not the figure saved before it; then the figure', async () => {
    const s: CurateSession = { dir: buildDataDir(), undo: [] };
    const figures = readFileSync(join(s.dir, 'figures.json'), 'utf8');
    const saved = saveRecord(s, {
      kind: 'figure',
      originalId: null,
      record: WORKERS,
      baseHash: hashText(figures),
    });
    expect(saved.status).toBe(200);
    const withFigure = readFileSync(join(s.dir, 'figures.json'), 'utf8');
    const articles = join(s.dir, 'articles');
    expect((await ingestPage(articles, { name: 'salt.txt', text: PAGE }, s.undo)).status).toBe(200);
    expect(undoText(s)).toBe(`the save of articles/${FILE}`);
    expect(undoLastSave(s).status).toBe(200);
    expect(existsSync(join(articles, FILE))).toBe(false);
    expect(readFileSync(join(s.dir, 'figures.json'), 'utf8')).toBe(withFigure);
    expect(undoText(s)).toBe(`the save of figure ${WORKERS.id} in figures.json`);
    expect(undoLastSave(s).status).toBe(200);
    expect(readFileSync(join(s.dir, 'figures.json'), 'utf8')).toBe(figures);
  }, 60_000);

  it('writes a replaced article back, and will not undo over a change made since', async () => {
    const out = articlesDir();
    const s: CurateSession = { dir: join(out, '..'), undo: [] };
    await ingestPage(out, { name: 'salt.txt', text: PAGE }, s.undo);
    const first = readFileSync(join(out, FILE), 'utf8');
    // The same page again writes nothing new: no step to undo.
    await ingestPage(out, { name: 'salt.txt', text: PAGE }, s.undo);
    expect(s.undo).toHaveLength(1);
    await ingestPage(out, { name: 'salt.txt', text: CHANGED, force: true }, s.undo);
    expect(undoLastSave(s).status).toBe(200);
    expect(readFileSync(join(out, FILE), 'utf8')).toBe(first);
    writeFileSync(join(out, FILE), `${first}\nEdited by hand.\n`);
    const refused = undoLastSave(s);
    expect(refused.status).toBe(409);
    expect(JSON.stringify(refused.body)).toMatch(/articles\/salt-lake-works-resume\.md has changed since/);
    expect(existsSync(join(out, FILE))).toBe(true);
  }, 60_000);
});
