import type { z } from 'zod/mini';
import { type Problem, zodProblems } from './problem';
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
} from './schema';

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
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const truncated =
      text.trim().length > 0 && /end of (json )?input|unterminated|unexpected end/i.test(detail);
    const message = truncated
      ? `the file is truncated (${detail})`
      : `the file is not valid JSON (${detail})`;
    return { ok: false, problems: [{ level: 'error', file, record: null, field: null, message }] };
  }
  const result = (schema as unknown as z.ZodMiniType<DataFileContent<K>>).safeParse(json);
  if (!result.success) return { ok: false, problems: zodProblems(file, json, result.error) };
  return { ok: true, data: result.data };
}
