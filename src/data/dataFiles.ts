import type { z } from 'zod/mini';
import { type Problem, zodProblems } from './problem.ts';
import {
  type CountriesFile,
  countriesFileSchema,
  type EventsFile,
  eventsFileSchema,
  type FiguresFile,
  figuresFileSchema,
  type PlacesFile,
  type ProjectsFile,
  placesFileSchema,
  projectsFileSchema,
} from './schema.ts';

/** The JSON data files, by the name they have in the data folder, with the schema each must satisfy. */
export const DATA_FILES = {
  countries: { file: 'countries.json', schema: countriesFileSchema },
  figures: { file: 'figures.json', schema: figuresFileSchema },
  projects: { file: 'projects.geojson', schema: projectsFileSchema },
  places: { file: 'places.geojson', schema: placesFileSchema },
  events: { file: 'events.json', schema: eventsFileSchema },
} as const;

export type DataFileKey = keyof typeof DATA_FILES;
export interface DataFileContents {
  countries: CountriesFile;
  figures: FiguresFile;
  projects: ProjectsFile;
  places: PlacesFile;
  events: EventsFile;
}
export type DataFileContent<K extends DataFileKey> = DataFileContents[K];

export type Parsed<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/** Parses and validates one data file's text. Never throws: every failure becomes a Problem. */
export function parseDataFile<K extends DataFileKey>(key: K, text: string): Parsed<DataFileContent<K>> {
  const { file, schema } = DATA_FILES[key];
  const fail = (message: string): Parsed<DataFileContent<K>> => ({
    ok: false,
    problems: [{ level: 'error', file, record: null, field: null, message }],
  });
  if (text.trim() === '') return fail('the file is empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(describeJsonError(text, error));
  }
  const result = (schema as unknown as z.ZodMiniType<DataFileContent<K>>).safeParse(json);
  if (!result.success) return { ok: false, problems: zodProblems(file, json, result.error) };
  return { ok: true, data: result.data };
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
