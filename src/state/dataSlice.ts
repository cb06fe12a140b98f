import type { StateCreator } from 'zustand';
import type { DataFileContents } from '../data/dataFiles';
import type { Problem } from '../data/problem';
import type { ArticleEntry } from '../data/schema';

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; problems: Problem[] };

/** The articles are their index entries: bodies come on demand (bodiesSlice.ts). */
export type DataContents = DataFileContents & { articles: ArticleEntry[] };
export type DataKey = keyof DataContents;
export type DataFiles = { [K in DataKey]: Loadable<DataContents[K]> };

export interface DataSlice {
  /**
   * The checked dataset: every file 'loading' until the loader has read them all and checked them
   * against each other, then each file's kept records, or the problems that kept the whole file out.
   * Read through the selectors in records.ts, never unwrapped by hand.
   */
  files: DataFiles;
  /** Every problem the validator would report for the dataset, per file and across files. */
  datasetProblems: Problem[];
  /** Puts a checked dataset in, all files at once, so no panel ever sees half of one. */
  setDataset: (files: DataFiles, problems: Problem[]) => void;
}

const loading = { status: 'loading' } as const;

export const createDataSlice: StateCreator<DataSlice, [], [], DataSlice> = (set) => ({
  files: {
    countries: loading,
    figures: loading,
    projects: loading,
    places: loading,
    events: loading,
    articles: loading,
  },
  datasetProblems: [],
  setDataset: (files, problems) => set({ files, datasetProblems: problems }),
});
