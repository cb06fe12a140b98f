import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DataHashes } from '../../../src/curate/model/channel';
import {
  ChangeError,
  checkChange,
  hasErrors,
  isRecordKind,
  type RecordChange,
} from '../../../src/curate/model/recordFiles';
import { DATA_FILES, EDITABLE_FILES, fileOfKind } from '../../../src/data/dataFileTable';
import { isRecord } from '../../../src/data/problem';
import { writeFileAtomic } from '../atomicWrite';
import { readTextFile } from '../readText';
import { validateDir } from '../validateDir';
import { ok, type Reply, refuse } from './reply';

// Record saves and their undo. The file written is always DATA_FILES[fileOfKind(kind)].file in
// the data folder: no path ever comes from the request.

export interface UndoEntry {
  path: string;
  file: string;
  before: string;
  afterHash: string;
}

export interface CurateSession {
  dir: string;
  undo: UndoEntry[];
}

export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex');

const pathOf = (dir: string, key: keyof DataHashes) => join(dir, DATA_FILES[key].file);

export function dataHashes(session: CurateSession): Reply {
  const hashes = {} as DataHashes;
  for (const key of EDITABLE_FILES) {
    const path = pathOf(session.dir, key);
    hashes[key] = existsSync(path) ? hashText(readTextFile(path)) : '';
  }
  return ok({ hashes, canUndo: session.undo.length > 0 });
}

/** The request body of a save, or why it is not one. Unknown keys are refused, not ignored. */
function readSaveRequest(body: unknown): { change: RecordChange; baseHash: string } | string {
  if (!isRecord(body)) return 'the request is not a JSON object';
  const extra = Object.keys(body).filter((k) => !['kind', 'originalId', 'record', 'baseHash'].includes(k));
  if (extra.length > 0) return `unknown request fields: ${extra.join(', ')}`;
  const { kind, originalId, record, baseHash } = body;
  if (!isRecordKind(kind)) return 'kind must be figure, project, place or event';
  if (originalId !== null && typeof originalId !== 'string') return 'originalId must be a string or null';
  if (typeof baseHash !== 'string') return 'baseHash must name the version of the file the form started from';
  if (record === undefined || (record === null && originalId === null)) return 'nothing to save';
  return { change: { kind, originalId, record }, baseHash };
}

export function saveRecord(session: CurateSession, body: unknown): Reply {
  const request = readSaveRequest(body);
  if (typeof request === 'string') return refuse(400, 'bad-request', request);
  const { change, baseHash } = request;
  const key = fileOfKind(change.kind);
  const file = DATA_FILES[key].file;
  const path = pathOf(session.dir, key);
  const before = readTextFile(path);
  if (hashText(before) !== baseHash)
    return refuse(
      409,
      'stale',
      `${file} has changed since this form was opened (in another tab, an editor or git). Nothing was written and your entries are kept: load the current file, check, and save again.`,
    );
  let onDisk: unknown;
  try {
    onDisk = JSON.parse(before.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(422, 'invalid', `${file} is not valid JSON; fix it first (npm run validate)`);
  }
  const { dataset, problems } = validateDir(session.dir);
  if (dataset === null)
    return refuse(422, 'invalid', 'a data file cannot be read; fix it first (npm run validate)', problems);
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
  if (hashText(readTextFile(path)) !== baseHash)
    return refuse(409, 'stale', `${file} changed while saving; nothing was written`);
  writeFileAtomic(path, check.text);
  const afterHash = hashText(check.text);
  session.undo.push({ path, file, before, afterHash });
  return ok({ file, hash: afterHash, problems: check.problems });
}

/** Restores the file of the last save as it was before it, unless it has changed since. */
export function undoLastSave(session: CurateSession): Reply {
  const last = session.undo.at(-1);
  if (last === undefined) return refuse(404, 'not-found', 'there is no save to undo');
  if (hashText(readTextFile(last.path)) !== last.afterHash)
    return refuse(
      409,
      'stale',
      `${last.file} has changed since the last save; undoing it would lose those changes, so nothing was written`,
    );
  writeFileAtomic(last.path, last.before);
  session.undo.pop();
  return ok({ file: last.file, hash: hashText(last.before), canUndo: session.undo.length > 0 });
}
