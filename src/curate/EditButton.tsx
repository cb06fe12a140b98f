import type { ReactNode } from 'react';
import type { RecordRef } from '../state/selectionSlice';
import { editRecord } from './editFromDashboard';

/** "Edit" on a popup, chart mark or card of the composed dashboard (the recordActions slot). */
export function editButton(ref: RecordRef, name: ReactNode) {
  return (
    <button type="button" className="chart-button wb-edit" onClick={() => editRecord(ref)}>
      Edit<span className="visually-hidden"> {name}</span>
    </button>
  );
}
