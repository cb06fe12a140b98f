import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_PAGE_BYTES } from '../../../src/curate/model/channel';
import { isRecord } from '../../../src/data/problem';
import { hashText, type UndoEntry, type UndoFile } from './records';
import { ok, type Reply, refuse } from './reply';

// Saving a page runs `npm run ingest` itself (scripts/ingest.ts) on it: the same parsing, the
// same refusal to overwrite a changed article without --force, the same atomic writes. Only the
// page's text crosses from the browser, to a private temp folder; the output folder is fixed.

const INGEST = fileURLToPath(new URL('../../ingest.ts', import.meta.url));
const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** A page name safe to use as a file name: its base name, with anything unusual replaced. */
export function safePageName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const safe = base
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, '')
    .slice(0, 120);
  return safe === '' ? 'page.txt' : safe;
}

interface IngestRequest {
  name: string;
  text: string;
  title: string | null;
  force: boolean;
  publisher: string | null;
  published: string | null;
}

const orNull = (v: unknown): string | null | undefined =>
  v === undefined || v === null || v === '' ? null : typeof v === 'string' ? v : undefined;

function readIngestRequest(body: unknown): IngestRequest | string {
  if (!isRecord(body)) return 'the request is not a JSON object';
  const { name, text, title = null, force = false } = body;
  if (typeof name !== 'string' || typeof text !== 'string') return 'name and text must be strings';
  if (title !== null && typeof title !== 'string') return 'title must be a string or null';
  if (typeof force !== 'boolean') return 'force must be true or false';
  const publisher = orNull(body.publisher);
  const published = orNull(body.published);
  if (publisher === undefined || published === undefined)
    return 'publisher and published must be strings or null';
  return { name, text, title, force, publisher, published };
}

const run = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, ['--import', 'tsx', INGEST, ...args], { cwd: REPO }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

/** The article files in the folder as they are now, by name. */
function articleFiles(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  const names = readdirSync(dir).filter((name) => name.endsWith('.md'));
  return new Map(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** What ingest wrote, as one undo step: new files are removed, replaced ones written back. */
function undoOfIngest(dir: string, before: Map<string, string>): UndoEntry | null {
  const files: UndoFile[] = [...articleFiles(dir)]
    .filter(([name, text]) => before.get(name) !== text)
    .map(([name, text]) => ({
      path: join(dir, name),
      file: `articles/${name}`,
      restore: before.get(name) ?? null,
      afterHash: hashText(text),
    }));
  if (files.length === 0) return null;
  // The file names the article: "the save of articles/x.md".
  const what = `the save of ${files.map((f) => f.file).join(', ')}`;
  return { what, files };
}

/**
 * Runs ingest on the page. With `undo` (the workbench session's undo steps), the files it wrote
 * become one step there, so "Undo" after saving a page takes the page back out.
 */
export async function ingestPage(articlesDir: string, body: unknown, undo?: UndoEntry[]): Promise<Reply> {
  const request = readIngestRequest(body);
  if (typeof request === 'string') return refuse(400, 'bad-request', request);
  if (Buffer.byteLength(request.text) > MAX_PAGE_BYTES)
    return refuse(413, 'too-large', 'the page is larger than the workbench takes; use npm run ingest');
  const temp = mkdtempSync(join(tmpdir(), 'crossroads-page-'));
  try {
    const page = join(temp, safePageName(request.name));
    writeFileSync(page, request.text);
    const args = [page, '--out', articlesDir];
    if (request.force) args.push('--force');
    if (request.publisher !== null) args.push(`--publisher=${request.publisher}`);
    if (request.published !== null) args.push(`--published=${request.published}`);
    // One argument, so a headline that starts with "-" is never read as an option.
    if (request.title !== null) args.push(`--title=${request.title}`);
    // Read before ingest runs: a replaced article (--force) can then be written back by undo.
    const before = articleFiles(articlesDir);
    const result = await run(args);
    if (result.code === 0) {
      const step = undoOfIngest(articlesDir, before);
      if (step !== null) undo?.push(step);
      return ok({ output: result.stdout.trim() });
    }
    const message = result.stderr.trim() || result.stdout.trim();
    const conflict = /exist with different content/.test(message);
    return refuse(conflict ? 409 : 422, conflict ? 'conflict' : 'invalid', message.replaceAll(temp, ''));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
