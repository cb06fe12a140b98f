import type { RecordRef } from '../state/selectionSlice';
import { appStore } from '../state/store';
import { fromRecord } from './form/formValues';
import { RECORD_FILE, recordArticleOf, recordIdOf, rowsOf } from './model/recordFiles';
import { workbenchStore } from './workbenchStore';

/** "Edit" on a popup, chart mark or card: the record's form, in the read view of its article. */
export function editRecord(ref: RecordRef): void {
  const file = appStore.getState().files[RECORD_FILE[ref.kind]];
  if (file.status !== 'ready') return;
  const record = rowsOf(file.data).find((r) => recordIdOf(r) === ref.id);
  if (record === undefined) return;
  const { values, extra } = fromRecord(ref.kind, record as Parameters<typeof fromRecord>[1]);
  const article = String(recordArticleOf(record) ?? '');
  const wb = workbenchStore.getState();
  wb.setArticle(article);
  wb.openForm({ kind: ref.kind, originalId: ref.id, article, values, extra, guessed: [] });
  wb.setView('read');
}
