import type { RecordRef } from '../state/selectionSlice';
import { appStore } from '../state/store';
import { fromRecord } from './form/formValues';
import { workbenchStore } from './workbenchStore';

/** "Edit" on a popup, chart mark or card: the record's form, in the read view of its article. */
export function editRecord(ref: RecordRef): void {
  const { files } = appStore.getState();
  const file = { figure: files.figures, event: files.events, project: files.projects, place: files.places }[
    ref.kind
  ];
  if (file.status !== 'ready') return;
  const rows: readonly unknown[] =
    'figures' in file.data
      ? file.data.figures
      : 'events' in file.data
        ? file.data.events
        : file.data.features;
  const record = rows.find(
    (r) => ((r as { properties?: { id: string } }).properties?.id ?? (r as { id: string }).id) === ref.id,
  );
  if (record === undefined) return;
  const { values, extra } = fromRecord(ref.kind, record as Parameters<typeof fromRecord>[1]);
  const article = record as { source?: { article: string }; properties?: { source: { article: string } } };
  const articleId = article.properties?.source.article ?? article.source?.article ?? '';
  const wb = workbenchStore.getState();
  wb.setArticle(articleId);
  wb.openForm({ kind: ref.kind, originalId: ref.id, article: articleId, values, extra, guessed: [] });
  wb.setView('read');
}
