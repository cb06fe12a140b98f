import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DataHashes, HashesReply } from '../../../src/curate/model/channel';
import {
  ChangeError,
  checkChange,
  EMPTY_FILE,
  formatDataFile,
  hasErrors,
  isRecordKind,
  type RecordChange,
  recordIdOf,
  rowsOf,
} from '../../../src/curate/model/recordFiles';
import type { Dataset } from '../../../src/data/checkDataset';
import { DATA_FILES, EDITABLE_FILES, fileOfKind } from '../../../src/data/dataFileTable';
import { isRecord } from '../../../src/data/problem';
import { writeFileAtomic } from '../atomicWrite';
import { readTextFile } from '../readText';
import { validateDir } from '../validateDir';
import { ok, type Reply, refuse } from './reply';

// Record saves and their undo. The file written is always DATA_FILES[fileOfKind(kind)].file in
// the data folder: no path ever comes from the request, and no message names a machine path.

/** One file a save wrote, and how to put it back. */
export interface UndoFile {
  path: string;
  /** As the curator knows it: figures.json, articles/x.md. */
  file: string;
  /** What undoing writes back; null when the save created the file and undoing removes it. */
  restore: string | null;
  afterHash: string;
}

export interface UndoEntry {
  /** What undoing restores, in words ("the save of figure x in figures.json"). */
  what: string;
  files: UndoFile[];
}

export interface CurateSession {
  dir: string;
  undo: UndoEntry[];
}

export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex');

const pathOf = (dir: string, key: keyof DataHashes) => join(dir, DATA_FILES[key].file);
/** A missing file reads as '' (its version hash is then ''): the first save creates it. */
const readOrEmpty = (path: string): string => (existsSync(path) ? readTextFile(path) : '');

export function dataHashes(session: CurateSession): Reply {
  const hashes = {} as DataHashes;
  for (const key of EDITABLE_FILES) {
    let text: string;
    try {
      text = readOrEmpty(pathOf(session.dir, key));
    } catch {
      // Unreadable (a folder, not text): a save to it is refused with the reason.
      text = '\u0000unreadable';
    }
    hashes[key] = text === '' ? '' : hashText(text);
  }
  const reply: HashesReply = { hashes, undo: session.undo.at(-1)?.what ?? null };
  return ok(reply);
}

const SAVE_FIELDS = ['kind', 'originalId', 'record', 'baseHash'];

/** The request body of a save, or why it is not one. Unknown keys are refused, not ignored. */
function readSaveRequest(body: unknown): { change: RecordChange; baseHash: string } | string {
  if (!isRecord(body)) return 'the request is not a JSON object';
  const extra = Object.keys(body).filter((k) => !SAVE_FIELDS.includes(k));
  if (extra.length > 0) return `unknown request fields: ${extra.join(', ')}`;
  const { kind, originalId, record, baseHash } = body;
  if (!isRecordKind(kind)) return 'kind must be figure, project, place or event';
  if (originalId !== null && typeof originalId !== 'string') return 'originalId must be a string or null';
  if (typeof baseHash !== 'string') return 'baseHash must name the version of the file the form started from';
  if (record === undefined || (record === null && originalId === null)) return 'nothing to save';
  return { change: { kind, originalId, record }, baseHash };
}

/** The folder's records with `key`'s file as `content`, or null when another file cannot be read. */
function datasetWith(dir: string, key: keyof DataHashes, content: unknown): Dataset | null {
  const { kept } = validateDir(dir);
  const parts = { ...kept, [key]: content };
  return Object.values(parts).every((part) => part !== null) ? (parts as Dataset) : null;
}

export function saveRecord(session: CurateSession, body: unknown): Reply {
  const request = readSaveRequest(body);
  if (typeof request === 'string') return refuse(400, 'bad-request', request);
  const { change, baseHash } = request;
  const key = fileOfKind(change.kind);
  const file = DATA_FILES[key].file;
  const path = pathOf(session.dir, key);
  let before: string;
  try {
    before = readOrEmpty(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(`${path}: `, '') : String(error);
    return refuse(422, 'invalid', `${file} cannot be read (${reason}); fix it first (npm run validate)`);
  }
  const version = before === '' ? '' : hashText(before);
  let onDisk: unknown;
  try {
    onDisk = before === '' ? EMPTY_FILE[key] : JSON.parse(before.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(422, 'invalid', `${file} is not valid JSON; fix it first (npm run validate)`);
  }
  if (!isRecord(onDisk))
    return refuse(422, 'invalid', `${file} holds no record list; fix it first (npm run validate)`);
  // A new record goes into the file as it is now, whatever changed since the form opened. A
  // changed or removed one is refused with the record as it is now: the form merges field by field.
  if (version !== baseHash && change.originalId !== null) {
    const current = rowsOf(onDisk).find((r) => recordIdOf(r) === change.originalId) ?? null;
    const refusal = refuse(
      409,
      'stale',
      `${file} has changed since this form was opened (in another tab, an editor or git). Nothing was written and your entries are kept.`,
    );
    return { ...refusal, body: { ...(refusal.body as object), current, hash: version } };
  }
  const dataset = datasetWith(session.dir, key, onDisk);
  if (dataset === null)
    return refuse(422, 'invalid', 'another data file cannot be read; fix it first (npm run validate)');
  let check: ReturnType<typeof checkChange>;
  try {
    // The change applies to the file as it is on disk: records the reader left out stay in it.
    check = checkChange(dataset, change, onDisk);
  } catch (error) {
    if (error instanceof ChangeError) return refuse(404, 'not-found', `${file}: ${error.message}`);
    throw error;
  }
  if (check.text === null || hasErrors(check.problems))
    return refuse(422, 'invalid', `not saved: the record does not validate`, check.problems);
  // The folder was read a moment ago; refuse if the file moved under us in the meantime.
  if (readOrEmpty(path) !== before)
    return refuse(409, 'stale', `${file} changed while saving; nothing was written`);
  writeFileAtomic(path, check.text);
  const afterHash = hashText(check.text);
  const id = change.originalId ?? String(recordIdOf(change.record));
  const verb = change.record === null ? 'removal' : change.originalId === null ? 'save' : 'change';
  const what = `the ${verb} of ${change.kind} ${id} in ${file}`;
  // A file the save created goes back to empty of records rather than away: the folder stays valid.
  const restore = before === '' ? formatDataFile(EMPTY_FILE[key]) : before;
  session.undo.push({ what, files: [{ path, file, restore, afterHash }] });
  return ok({ file, hash: afterHash, problems: check.problems });
}

/** Restores the files of the last save as they were before it, unless one has changed since. */
export function undoLastSave(session: CurateSession): Reply {
  const last = session.undo.at(-1);
  if (last === undefined) return refuse(404, 'not-found', 'there is no save to undo');
  const changed = last.files.find((f) => hashText(readOrEmpty(f.path)) !== f.afterHash);
  if (changed !== undefined)
    return refuse(
      409,
      'stale',
      `${changed.file} has changed since ${last.what}; undoing it would lose those changes, so nothing was written`,
    );
  for (const f of last.files) {
    if (f.restore === null) rmSync(f.path, { force: true });
    else writeFileAtomic(f.path, f.restore);
  }
  session.undo.pop();
  return ok({ undone: last.what, undo: session.undo.at(-1)?.what ?? null });
}
