import type { Dataset } from '../../data/checkDataset';
import { readDataFile } from '../../data/dataFiles';
import { DATA_FILES, type FileOfKind, fileOfKind, isEditableKind } from '../../data/dataFileTable';
import type { Problem } from '../../data/problem';
import { DATA_ORDER, type DatasetReads, finishDataset } from '../../data/readDataset';
import type { RecordKind } from '../../state/selectionSlice';

// What a save changes, shared by the workbench (checks as the curator types) and its dev-only
// endpoint (checks again before writing). The file a record lives in comes from its kind alone.

export type RecordFileKey = FileOfKind<RecordKind>;
export const isRecordKind = isEditableKind;

/** A record file with no records yet: what a folder without it starts from. */
export const EMPTY_FILE: Record<RecordFileKey, object> = {
  figures: { figures: [] },
  events: { events: [] },
  projects: { type: 'FeatureCollection', features: [] },
  places: { type: 'FeatureCollection', features: [] },
};

/** One save: add (originalId null), replace (both set) or remove (record null) one record. */
export interface RecordChange {
  kind: RecordKind;
  originalId: string | null;
  record: unknown;
}

type Row = { id?: unknown; properties?: { id?: unknown }; source?: unknown };

/** The record list of a data file's content, as plain rows (figures, features or events). */
export function rowsOf(content: unknown): Row[] {
  const c = content as { figures?: Row[]; features?: Row[]; events?: Row[] };
  return c.figures ?? c.features ?? c.events ?? [];
}

export const recordIdOf = (row: unknown): unknown => {
  const r = row as Row | null;
  return r?.properties?.id ?? r?.id;
};
export const recordArticleOf = (row: unknown): unknown => {
  const r = row as { source?: { article?: unknown }; properties?: { source?: { article?: unknown } } } | null;
  return r?.properties?.source?.article ?? r?.source?.article;
};

/**
 * The file's content with the change applied. A replaced record keeps its place; a new one goes
 * after the last record from the same article (the files are grouped by article), else last.
 */
export function applyChange(content: unknown, change: RecordChange): unknown {
  const rows = [...rowsOf(content)];
  const at = change.originalId === null ? -1 : rows.findIndex((r) => recordIdOf(r) === change.originalId);
  if (change.originalId !== null && at < 0)
    throw new ChangeError(`no record "${change.originalId}" to change`);
  if (change.record === null) rows.splice(at, 1);
  else if (at >= 0) rows[at] = change.record as Row;
  else {
    const article = recordArticleOf(change.record);
    const last = rows.findLastIndex((r) => article !== undefined && recordArticleOf(r) === article);
    rows.splice(last >= 0 ? last + 1 : rows.length, 0, change.record as Row);
  }
  const listKey = Object.keys(content as object).find((k) =>
    Array.isArray((content as Record<string, unknown>)[k]),
  );
  return { ...(content as object), [listKey ?? 'figures']: rows };
}

export class ChangeError extends Error {}

/** The one layout the workbench writes: two-space JSON, a final newline (as data/README.md says). */
export const formatDataFile = (content: unknown): string => `${JSON.stringify(content, null, 2)}\n`;

export interface ChangeCheck {
  /** The file's new text, present when it can be read. */
  text: string | null;
  /** Problems of the changed record only (errors and warnings), by field. */
  problems: Problem[];
}

/**
 * Checks a change exactly as `npm run validate` would check the folder afterwards: the new file
 * text through the shared reader, then the cross-file checks with every other file as it is.
 * `base` is the file's content the change applies to: the endpoint passes the file as it is on
 * disk, so records the reader leaves out (a broken one) are written back untouched, never dropped.
 * Only problems of the changed record are returned: the rest of the folder is not the form's.
 */
export function checkChange(
  dataset: Dataset,
  change: RecordChange,
  base: unknown = dataset[fileOfKind(change.kind)],
): ChangeCheck {
  const key = fileOfKind(change.kind);
  const file = DATA_FILES[key].file;
  const content = applyChange(base, change);
  const text = formatDataFile(content);
  const read = readDataFile(key, text);
  if (read.data === null) return { text: null, problems: read.problems };
  if (change.record === null) return { text, problems: [] };
  const id = recordIdOf(change.record);
  const index = rowsOf(content).indexOf(change.record as Row);
  const mine = (p: Problem) => p.file === file && (p.record === id || p.record === `#${index}`);
  const reads = Object.fromEntries(
    DATA_ORDER.map((k) => [k, { data: dataset[k], problems: [] }]),
  ) as unknown as DatasetReads;
  return { text, problems: finishDataset({ ...reads, [key]: read }).problems.filter(mine) };
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.level === 'error');
