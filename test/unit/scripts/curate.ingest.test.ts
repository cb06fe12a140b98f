// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestPage, safePageName } from '../../../scripts/lib/curate/ingestPage';

const dirs: string[] = [];
afterAll(() => {
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
