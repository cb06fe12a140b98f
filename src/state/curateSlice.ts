import type { ComponentType, ReactNode } from 'react';
import type { StateCreator } from 'zustand';
import type { RecordRef } from './selectionSlice';

// Slots the dev-only workbench (npm run curate) fills in the features it composes. The app never
// fills them: its popups, chart marks and cards then show no "Edit" and its map draws nothing
// more. The workbench's code stays in the workbench; no feature imports it.
export interface CurateSlice {
  /** Extra controls after a record's own ("Edit"), given the record and a name for it. */
  recordActions: ((ref: RecordRef, name: ReactNode) => ReactNode) | null;
  /** A layer drawn inside the map (the place or project being drawn, and its clicks). */
  mapOverlay: ComponentType | null;
  setCurateSlots: (slots: Pick<CurateSlice, 'recordActions' | 'mapOverlay'>) => void;
}

export const createCurateSlice: StateCreator<CurateSlice, [], [], CurateSlice> = (set) => ({
  recordActions: null,
  mapOverlay: null,
  setCurateSlots: (slots) => set(slots),
});
