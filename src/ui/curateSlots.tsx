import { type ComponentType, createContext, type ReactNode, useContext } from 'react';

// Slots the dev-only workbench (npm run curate) fills in the features it composes, through React
// context: its shell provides them, the features read them here. The app provides nothing, so its
// popups, chart marks and cards show no "Edit" and its map draws nothing more. The workbench's
// code stays in the workbench; no feature imports it.

/** A record as the features name it (the store's RecordRef has this shape). */
export interface SlotRecord {
  kind: 'figure' | 'project' | 'place' | 'event';
  id: string;
}

export interface CurateSlots {
  /** Extra controls after a record's own ("Edit"), given the record and a name for it. */
  recordActions: ((ref: SlotRecord, name: ReactNode) => ReactNode) | null;
  /** A layer drawn inside the map (the place or project being drawn, and its clicks). */
  mapOverlay: ComponentType | null;
}

const NO_SLOTS: CurateSlots = { recordActions: null, mapOverlay: null };

export const CurateSlotsContext = createContext<CurateSlots>(NO_SLOTS);

export const useCurateSlots = (): CurateSlots => useContext(CurateSlotsContext);
