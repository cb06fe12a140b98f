import type { StateCreator } from 'zustand';
import type { DataFileContents } from '../data/dataFiles';
import type { Problem } from '../data/problem';
import type { Article } from '../data/schema';

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; problems: Problem[] };

export type DataContents = DataFileContents & { articles: Article[] };
export type DataKey = keyof DataContents;
export type DataFiles = { [K in DataKey]: Loadable<DataContents[K]> };

export interface DataSlice {
  files: DataFiles;
  /** Cross-file findings (references, quotes), computed once every file has loaded. */
  datasetProblems: Problem[];
  setFile: <K extends DataKey>(key: K, value: Loadable<DataContents[K]>) => void;
  setDatasetProblems: (problems: Problem[]) => void;
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
  setFile: (key, value) => set((s) => ({ files: { ...s.files, [key]: value } })),
  setDatasetProblems: (problems) => set({ datasetProblems: problems }),
});
