import type { StateCreator } from 'zustand';
import type { EditableKind } from '../data/dataFileTable';

export type RecordKind = EditableKind;
export interface RecordRef {
  kind: RecordKind;
  id: string;
}

export const sameRef = (a: RecordRef | null, b: RecordRef | null): boolean =>
  a !== null && b !== null && a.kind === b.kind && a.id === b.id;

export interface SelectionSlice {
  /** The figure, project, place or event in focus across every view. */
  selection: RecordRef | null;
  select: (ref: RecordRef | null) => void;
}

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (set) => ({
  selection: null,
  select: (ref) => set({ selection: ref }),
});
