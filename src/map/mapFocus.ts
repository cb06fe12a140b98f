import { createContext, useContext } from 'react';
import type { RecordRef } from '../state/selectionSlice';

// How the project list asks the map to show a feature. Selection itself lives in the store; this
// carries the one thing the store need not know: "take me there now" (a fresh request each time a
// row is activated, even the same row twice), and whether to move keyboard focus into the popup.

export interface FocusRequest {
  ref: RecordRef;
  /** Increases with every request, so the same feature can be asked for twice. */
  seq: number;
  /** Activated from the keyboard: focus moves into the popup, and back to the row when it closes. */
  moveFocus: boolean;
  /** The map has finished moving to the feature: the popup may open (and pan itself to fit). */
  settled: boolean;
}

export interface MapFocus {
  request: FocusRequest | null;
  focusOn: (ref: RecordRef, moveFocus: boolean) => void;
  /** Called by the map when the move for request `seq` has ended. */
  settle: (seq: number) => void;
}

export const MapFocusContext = createContext<MapFocus>({
  request: null,
  focusOn: () => {},
  settle: () => {},
});
export const useMapFocus = (): MapFocus => useContext(MapFocusContext);

/** The DOM id of a project's row in the list, so focus can return to it from a popup. */
export const rowId = (projectId: string): string => `map-row-${projectId}`;

/** The map's box, loading or loaded. */
export const MAP_FRAME_ID = 'map-frame';
