// The data files, by the key the app knows them by: the file's name in the data folder, the list
// of records in it, the kind of record a list holds and what a record is called in a sentence.
// The one table of files: the reader (dataFiles.ts) adds a schema per key, the store unwraps
// records by `list`, the workbench finds a kind's file here, and the Vite plugin reads the file
// names without loading zod.

export const DATA_FILES = {
  countries: { file: 'countries.json', list: 'countries', kind: 'country', noun: ['country', 'countries'] },
  figures: { file: 'figures.json', list: 'figures', kind: 'figure', noun: ['figure', 'figures'] },
  projects: { file: 'projects.geojson', list: 'features', kind: 'project', noun: ['project', 'projects'] },
  places: { file: 'places.geojson', list: 'features', kind: 'place', noun: ['place', 'places'] },
  events: { file: 'events.json', list: 'events', kind: 'event', noun: ['event', 'events'] },
} as const;

export type DataFileKey = keyof typeof DATA_FILES;
export const DATA_FILE_KEYS = Object.keys(DATA_FILES) as DataFileKey[];

/** The articles are a folder, not one file: problems name `articles/<id>.md`. */
export const ARTICLES = { folder: 'articles/', noun: ['article', 'articles'] } as const;

type KindOf<K extends DataFileKey> = (typeof DATA_FILES)[K]['kind'];
/** A kind of record that the dashboard can select and the workbench can edit (not a country). */
export type EditableKind = Exclude<KindOf<DataFileKey>, 'country'>;
export type FileOfKind<T extends EditableKind> = {
  [K in DataFileKey]: KindOf<K> extends T ? K : never;
}[DataFileKey];

/** The file a record of this kind lives in. */
export function fileOfKind<T extends EditableKind>(kind: T): FileOfKind<T> {
  return DATA_FILE_KEYS.find((key) => DATA_FILES[key].kind === kind) as FileOfKind<T>;
}

/** The files the workbench writes: one per editable kind. */
export const EDITABLE_FILES = DATA_FILE_KEYS.filter(
  (key) => DATA_FILES[key].kind !== 'country',
) as FileOfKind<EditableKind>[];

export const isEditableKind = (value: unknown): value is EditableKind =>
  EDITABLE_FILES.some((key) => DATA_FILES[key].kind === value);
