// Serving a data folder to loadData as the built app is served, and reading back what the app shows.
import { vi } from 'vitest';
import { dataFileBody } from '../../../scripts/lib/dataFolder';
import { loadData } from '../../../src/app/loadData';
import type { DatasetParts } from '../../../src/data/checkDataset';
import { formatProblem, type Problem } from '../../../src/data/problem';
import { DATA_ORDER } from '../../../src/data/readDataset';
import { createAppStore } from '../../../src/state/store';

const APP_PAGE = '<!doctype html><html><head><title>Crossroads</title></head><body></body></html>';

/** Serves a data folder as the built app does; an unknown path gets the app's page, as `vite preview` answers. */
export function serve(
  dir: string,
  /** What to answer instead for some names (null: as if missing); undefined keeps the folder's. */
  instead: (name: string) => string | null | undefined = () => undefined,
) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const name = url.replace('/data/', '');
      const other = instead(name);
      const body = other === undefined ? dataFileBody(dir, name, true) : other;
      return body === null
        ? new Response(APP_PAGE, { status: 200, headers: { 'content-type': 'text/html' } })
        : new Response(typeof body === 'string' ? body : new Uint8Array(body), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          });
    }),
  );
}

/** What the app shows on a data folder: the records it keeps and every problem it lists. */
export async function appOn(dir: string, instead?: (name: string) => string | null | undefined) {
  serve(dir, instead);
  const store = createAppStore();
  await loadData(store, '/data/');
  const { files, datasetProblems } = store.getState();
  const problems = [
    ...Object.values(files).flatMap((f) => (f.status === 'error' ? f.problems : [])),
    ...datasetProblems,
  ];
  const kept = Object.fromEntries(
    DATA_ORDER.map((key) => [key, files[key].status === 'ready' ? files[key].data : null]),
  ) as DatasetParts;
  return { problems, kept };
}

/** Each file's kept records, by the id or code that names them. */
export const names = (d: DatasetParts) => ({
  articles: d.articles?.map((a) => a.id) ?? null,
  countries: d.countries ? [...d.countries.countries, ...d.countries.groups].map((c) => c.code) : null,
  figures: d.figures?.figures.map((f) => f.id) ?? null,
  projects: d.projects?.features.map((f) => f.properties.id) ?? null,
  places: d.places?.features.map((f) => f.properties.id) ?? null,
  events: d.events?.events.map((e) => e.id) ?? null,
});
export const lines = (problems: readonly Problem[]) => problems.map(formatProblem).sort();
