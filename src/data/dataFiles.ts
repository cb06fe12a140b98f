import * as z from 'zod/mini';
import { DATA_FILE_KEYS, DATA_FILES, type DataFileKey } from './dataFileTable.ts';
import { checkText } from './decodeText.ts';
import { isRecord, type Problem, recordKey, zodProblems } from './problem.ts';
import {
  type CountriesFile,
  countriesFileSchema,
  countrySchema,
  type EventsFile,
  eventSchema,
  eventsFileSchema,
  type FiguresFile,
  figureSchema,
  figuresFileSchema,
  groupSchema,
  type PlacesFile,
  type ProjectsFile,
  placeFeatureSchema,
  placesFileSchema,
  projectFeatureSchema,
  projectsFileSchema,
} from './schema.ts';

export { DATA_FILES, type DataFileKey } from './dataFileTable.ts';

/**
 * The schema of each data file as a whole, and for each list of records in it the schema of one
 * record. Records are checked one by one, so a bad record is left out on its own and the rest of
 * its file still loads.
 */
const FILE_SCHEMAS = {
  countries: { schema: countriesFileSchema, records: { countries: countrySchema, groups: groupSchema } },
  figures: { schema: figuresFileSchema, records: { figures: figureSchema } },
  projects: { schema: projectsFileSchema, records: { features: projectFeatureSchema } },
  places: { schema: placesFileSchema, records: { features: placeFeatureSchema } },
  events: { schema: eventsFileSchema, records: { events: eventSchema } },
} as const satisfies Record<DataFileKey, unknown>;

export interface DataFileContents {
  countries: CountriesFile;
  figures: FiguresFile;
  projects: ProjectsFile;
  places: PlacesFile;
  events: EventsFile;
}
export type DataFileContent<K extends DataFileKey> = DataFileContents[K];

/** What reading a file gave: its good records (null when the file could not be read at all) and every problem. */
export interface FileRead<T> {
  data: T | null;
  problems: Problem[];
}
export type Parsed<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

type AnySchema = z.ZodMiniType<unknown>;
/** The file's own shape with each record list loosened to "a list of anything": its records are checked one by one. */
const containerOf = (key: DataFileKey): AnySchema => {
  const { schema, records } = FILE_SCHEMAS[key];
  const lists = Object.fromEntries(Object.keys(records).map((list) => [list, z.array(z.unknown())]));
  return z.strictObject({ ...schema.shape, ...lists }) as unknown as AnySchema;
};
const CONTAINERS = Object.fromEntries(DATA_FILE_KEYS.map((key) => [key, containerOf(key)])) as Record<
  DataFileKey,
  AnySchema
>;

/**
 * Reads one data file's text. The file fails as a whole only when it is not JSON or not the
 * expected shape; otherwise each record that breaks its schema, or repeats an earlier record's
 * id, is left out with a problem naming it, and the rest are kept. Never throws.
 */
export function readDataFile<K extends DataFileKey>(key: K, text: string): FileRead<DataFileContent<K>> {
  const { file } = DATA_FILES[key];
  const { records } = FILE_SCHEMAS[key];
  const failed = (message: string): FileRead<DataFileContent<K>> => ({
    data: null,
    problems: [{ level: 'error', file, record: null, field: null, message }],
  });
  const checked = checkText(text);
  if (!checked.ok) return failed(checked.message);
  if (checked.text.trim() === '') return failed('the file is empty');
  let json: unknown;
  try {
    json = JSON.parse(checked.text);
  } catch (error) {
    return failed(describeJsonError(checked.text, error));
  }
  const shape = CONTAINERS[key].safeParse(json);
  if (!shape.success) return { data: null, problems: zodProblems(file, json, shape.error) };
  if (!isRecord(json)) return failed('the file is not a JSON object');

  const problems: Problem[] = [];
  const kept: Record<string, unknown> = { ...json };
  const seen = new Set<string>();
  for (const [list, schema] of Object.entries(records) as [string, AnySchema][]) {
    const rows = json[list] as unknown[];
    kept[list] = rows.filter((row, index) => {
      const result = schema.safeParse(row);
      if (!result.success) {
        problems.push(...zodProblems(file, json, result.error, [list, index]));
        return false;
      }
      // A valid record always has its id or code; ids share one namespace per file (the codes
      // of countries and groups too), so a repeat would make links resolve to the wrong record.
      const { name, field } = recordKey(row) as NonNullable<ReturnType<typeof recordKey>>;
      if (seen.has(name)) {
        const message = `duplicate ${field} "${name}": only the first record with it is kept`;
        problems.push({ level: 'error', file, record: name, field, message });
        return false;
      }
      seen.add(name);
      return true;
    });
  }
  return { data: kept as unknown as DataFileContent<K>, problems };
}

/** readDataFile, all or nothing: the file's data only when it has no problem at all. */
export function parseDataFile<K extends DataFileKey>(key: K, text: string): Parsed<DataFileContent<K>> {
  const { data, problems } = readDataFile(key, text);
  return data !== null && problems.length === 0 ? { ok: true, data } : { ok: false, problems };
}

/**
 * Says where JSON.parse gave up. When that is the end of the text (an unclosed bracket or string,
 * or a value cut off), the file was most likely cut short by an interrupted write or copy.
 */
export function describeJsonError(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(detail);
  const position = at ? Number(at[1]) : null;
  const end = text.trimEnd().length;
  if (/end of (json )?(input|data)|unterminated/i.test(detail) || (position !== null && position >= end))
    return `the file is truncated: it ends before the JSON is complete (${detail})`;
  if (position === null) return `the file is not valid JSON (${detail})`;
  const before = text.slice(0, position).split('\n');
  const where = `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  return `the file is not valid JSON at ${where} (${detail})`;
}
