import type { ReactNode } from 'react';
import type { RecordRef } from '../state/selectionSlice';
import { useStoreApi } from '../state/store';
import { editRecord } from './editFromDashboard';

function EditButton({ record, name }: { record: RecordRef; name: ReactNode }) {
  const store = useStoreApi();
  return (
    <button
      type="button"
      className="chart-button wb-edit"
      onClick={() => editRecord(store.getState(), record)}
    >
      Edit<span className="visually-hidden"> {name}</span>
    </button>
  );
}

/** "Edit" on a popup, chart mark or card of the composed dashboard (the recordActions slot). */
export function editButton(ref: RecordRef, name: ReactNode) {
  return <EditButton record={ref} name={name} />;
}
