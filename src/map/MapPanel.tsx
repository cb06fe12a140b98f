import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLeftOut } from '../state/leftOut';
import { type RecordRef, sameRef } from '../state/selectionSlice';
import { useAppStore, useStoreApi } from '../state/store';
import { isRangeSet } from '../state/timeRange';
import { importedComponent } from '../ui/importedComponent';
import { LeftOutNote } from '../ui/LeftOutNote';
import { LayerControl } from './LayerControl';
import { MapLegend } from './MapLegend';
import { type FocusRequest, MAP_FRAME_ID, type MapFocus, MapFocusContext } from './mapFocus';
import { ProjectList } from './ProjectList';
import './map.css';

function MapFallback({ text }: { text: string }) {
  return (
    <div className="map-frame map-frame--waiting" id={MAP_FRAME_ID} role="status">
      <p>{text}</p>
    </div>
  );
}

// Leaflet and the basemap decoder load as their own chunk: the page, the list and the legend do
// not wait for them. The fallback reserves exactly the map's box, so nothing shifts when it lands.
export const LeafletMap = importedComponent(
  () => import('./LeafletMap').then((m) => m.default),
  <MapFallback text="Loading the map…" />,
);

function MapWhenDataSettles() {
  const waiting = useAppStore(
    (s) =>
      s.files.projects.status === 'loading' ||
      s.files.places.status === 'loading' ||
      s.files.countries.status === 'loading',
  );
  if (waiting) return <MapFallback text="Loading the map data…" />;
  return <LeafletMap />;
}

/** The map panel: layer switches, the map, its legend, and the list of projects beside it. */
export function MapPanel() {
  const store = useStoreApi();
  // A link that opens on a project or place asks, like its row would, for the map to go there
  // first: its popup then opens after the move, in full view, not at the frame's edge.
  const [request, setRequest] = useState<FocusRequest | null>(() => {
    const ref = store.getState().selection;
    return ref?.kind === 'project' || ref?.kind === 'place'
      ? { ref, moveFocus: false, seq: 1, settled: false }
      : null;
  });
  const focusOn = useCallback((ref: RecordRef, moveFocus: boolean) => {
    setRequest((r) => ({ ref, moveFocus, seq: (r?.seq ?? 0) + 1, settled: false }));
    // On a phone the list sits below the map: bring the map into view to show where the row went.
    const frame = document.getElementById(MAP_FRAME_ID);
    const box = frame?.getBoundingClientRect();
    if (frame && box && (box.top < 0 || box.bottom > window.innerHeight))
      frame.scrollIntoView({ block: 'start' });
  }, []);
  const settle = useCallback(
    (seq: number) => setRequest((r) => (r && r.seq === seq && !r.settled ? { ...r, settled: true } : r)),
    [],
  );
  const focus = useMemo<MapFocus>(() => ({ request, focusOn, settle }), [request, focusOn, settle]);
  // A request lasts while its feature stays selected; a later click on the map is not a request.
  const selection = useAppStore((s) => s.selection);
  const leftOut = useLeftOut('projects', 'places', 'countries');
  const rangeSet = useAppStore((s) => isRangeSet(s.range));
  useEffect(() => {
    if (request && !sameRef(request.ref, selection)) setRequest(null);
  }, [request, selection]);
  return (
    <MapFocusContext.Provider value={focus}>
      <div className="map-panel">
        <LeftOutNote items={leftOut} />
        {rangeSet && (
          <p className="muted">
            The time range shades countries by the articles in it, but does not narrow the projects and
            places: they carry no dates.
          </p>
        )}
        <div className="map-panel-grid">
          <div className="map-column">
            <LayerControl />
            <MapWhenDataSettles />
          </div>
          <ProjectList />
          <MapLegend />
        </div>
      </div>
    </MapFocusContext.Provider>
  );
}
