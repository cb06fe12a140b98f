import { fileOfKind } from '../data/dataFileTable';
import { selectRecords } from '../state/records';
import type { RecordRef } from '../state/selectionSlice';
import type { AppState } from '../state/store';
import { fromRecord } from './form/formValues';
import { recordArticleOf, recordIdOf } from './model/recordFiles';
import { workbenchStore } from './workbenchStore';

/** "Edit" on a popup, chart mark or card: the record's form, in the read view of its article. */
export function editRecord(state: AppState, ref: RecordRef): void {
  const rows: readonly unknown[] = selectRecords(state, fileOfKind(ref.kind));
  const record = rows.find((r) => recordIdOf(r) === ref.id);
  if (record === undefined) return;
  const { values, extra } = fromRecord(ref.kind, record as Parameters<typeof fromRecord>[1]);
  const article = String(recordArticleOf(record) ?? '');
  const wb = workbenchStore.getState();
  wb.setArticle(article);
  wb.openForm({ kind: ref.kind, originalId: ref.id, article, values, extra, guessed: [] });
  wb.setView('read');
}
