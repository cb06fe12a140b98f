import type { EditableKind, FileOfKind } from '../../data/dataFileTable';
import type { Problem } from '../../data/problem';

// The contract between the workbench page and its dev-only endpoint (scripts/lib/curate/).

/** Every endpoint path starts here; the dev server answers them only under `npm run curate`. */
export const API_BASE = '/__curate/';
/** The header that carries the session token the dev server put into the workbench page. */
export const TOKEN_HEADER = 'x-crossroads-token';
/** The meta tag through which the workbench page receives the token. */
export const TOKEN_META = 'crossroads-curate-token';
/** Largest page the workbench takes in (bytes): above it, `npm run ingest` is the tool. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;
/** Largest request body the endpoint reads (a page as JSON, with room for escaping). */
export const MAX_BODY_BYTES = 3 * MAX_PAGE_BYTES;

/** A hash of each file the workbench writes, by its key in DATA_FILES. */
export type DataHashes = Record<FileOfKind<EditableKind>, string>;

/** What the endpoint answers when it refuses: the message to show, and per-field problems if any. */
export interface Refusal {
  error: 'forbidden' | 'bad-request' | 'stale' | 'invalid' | 'conflict' | 'not-found' | 'too-large';
  message: string;
  problems?: Problem[];
  /** A stale save of an existing record: that record as the file holds it now (null: removed),
   * and the file's version, so the form can merge field by field and save again. */
  current?: unknown;
  hash?: string;
}

/** The versions of the record files, and what "Undo" would undo now (null: nothing). */
export interface HashesReply {
  hashes: DataHashes;
  undo: string | null;
}
