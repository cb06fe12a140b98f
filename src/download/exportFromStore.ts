import { saveBlob } from '../lib/downloadFile';
import { selectArticlesNewestFirst } from '../state/articleList';
import { selectRecords } from '../state/records';
import {
  selectEntityNames,
  selectVisibleEvents,
  selectVisibleFigures,
  selectVisiblePlaces,
  selectVisibleProjects,
} from '../state/selectors';
import type { AppState } from '../state/store';
import { articleInRange, isRangeSet } from '../state/timeRange';
import { dataPackage, type ExportFile, tableExport } from './dataPackage';
import { articleTable, eventTable, figureTable, placeTable, projectTable } from './exportTables';

// Loaded on the first download: builds the files from the store as it stands and saves them.

export type ExportScope = 'shown' | 'all';

function scopeWords(s: AppState, scope: ExportScope): string {
  if (scope === 'all') return 'Every record in the data.';
  const names = selectEntityNames(s);
  const who =
    s.countries.length === 0 ? 'all countries' : s.countries.map((c) => names.get(c) ?? c).join(', ');
  const { from, to } = s.range;
  const when = !isRangeSet(s.range) ? 'all dates' : `from ${from ?? 'the earliest'} to ${to ?? 'the latest'}`;
  return `The records shown for ${who}, ${when}: records that state no date are included, and the time range does not narrow projects and places.`;
}

/** The CSVs and descriptor for what the views show now, or for everything. */
export function exportFiles(s: AppState, scope: ExportScope, now: Date): ExportFile[] {
  const articles = selectArticlesNewestFirst(s);
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const shown = scope === 'shown';
  const records = <T>(list: readonly { record: T }[]) => list.map((m) => m.record);
  return dataPackage(
    [
      tableExport(
        figureTable(titles),
        shown ? records(selectVisibleFigures(s)) : selectRecords(s, 'figures'),
      ),
      tableExport(eventTable(titles), shown ? records(selectVisibleEvents(s)) : selectRecords(s, 'events')),
      tableExport(
        projectTable(titles),
        shown ? records(selectVisibleProjects(s)) : selectRecords(s, 'projects'),
      ),
      tableExport(placeTable(titles), shown ? records(selectVisiblePlaces(s)) : selectRecords(s, 'places')),
      tableExport(
        articleTable,
        shown ? articles.filter((a) => articleInRange(a, s.range) !== 'out') : articles,
      ),
    ],
    scopeWords(s, scope),
    now,
  );
}

/** Saves each file through its own blob link. */
export function saveFiles(files: readonly ExportFile[], prefix: string): void {
  for (const f of files) saveBlob(new Blob([f.text], { type: f.type }), `${prefix}${f.name}`);
}
