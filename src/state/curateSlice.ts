import type { StateCreator } from 'zustand';
import type { RecordRef } from './selectionSlice';

/** A draft place or project the map draws while the curator clicks its points. */
export interface MapPick {
  points: readonly (readonly [number, number])[];
  /** Called with [longitude, latitude] for each click on the map. */
  onPick: (point: [number, number]) => void;
}

// Capabilities the dev-only workbench (npm run curate) hands to the features it composes. The
// app never sets them, so the features show no "Edit" and the map takes no clicks; no feature
// imports the workbench.
export interface CurateSlice {
  /** When set, records offer "Edit", which calls this. */
  editRecord: ((ref: RecordRef) => void) | null;
  /** When set, map clicks add points to this draft, which the map draws. */
  mapPick: MapPick | null;
  setEditRecord: (edit: ((ref: RecordRef) => void) | null) => void;
  setMapPick: (pick: MapPick | null) => void;
}

export const createCurateSlice: StateCreator<CurateSlice, [], [], CurateSlice> = (set) => ({
  editRecord: null,
  mapPick: null,
  setEditRecord: (editRecord) => set({ editRecord }),
  setMapPick: (mapPick) => set({ mapPick }),
});
