import 'leaflet/dist/leaflet.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { MapContainer, Pane, useMap } from 'react-leaflet';
import { useAppStore, useStoreApi } from '../state/store';
import { useCurateSlots } from '../ui/curateSlots';
import { frameBounds } from './bounds';
import { BasemapLayer } from './leaflet/BasemapLayer';
import { FeatureLayers } from './leaflet/FeatureLayers';
import { MapLabels } from './leaflet/MapLabels';
import { PublishBounds } from './leaflet/PublishBounds';
import { PANES } from './leaflet/panes';
import { SelectedPopup } from './leaflet/SelectedPopup';
import { TileLayerSwitch, type TileStatus } from './leaflet/TileLayerSwitch';
import { useBasemap } from './leaflet/useBasemap';
import { ViewController } from './leaflet/ViewController';
import { MAP_FRAME_ID } from './mapFocus';
import { selectDataBounds } from './model/selectMapView';

const NO_SHAPES: never[] = [];

/** Names the focusable map for screen readers and says how to use it without a mouse. */
function MapDescription() {
  const container = useMap().getContainer();
  useEffect(() => {
    container.setAttribute('role', 'region');
    container.setAttribute(
      'aria-label',
      'Map of projects and places. Arrow keys pan, plus and minus zoom; the Projects list selects features.',
    );
  }, [container]);
  return null;
}

/** The Leaflet map, loaded as its own chunk. The panel around it owns the layout. */
export default function LeafletMap() {
  const basemap = useBasemap();
  const shapes = basemap.status === 'ready' ? basemap.shapes : NO_SHAPES;
  const [tiles, setTiles] = useState<TileStatus>('off');
  const onTileStatus = useCallback((status: TileStatus) => setTiles(status), []);
  const store = useStoreApi();
  // Where the map opens: read once, so new data alone never moves the view.
  const bounds = useMemo(() => selectDataBounds(store.getState()) ?? frameBounds(), [store]);
  const setLayer = useAppStore((s) => s.setLayer);
  const { mapOverlay: MapOverlay } = useCurateSlots();

  return (
    <div className="map-frame" id={MAP_FRAME_ID}>
      <MapContainer
        className="map-leaflet"
        bounds={bounds}
        boundsOptions={{ padding: [24, 24] }}
        maxBounds={frameBounds()}
        maxBoundsViscosity={1}
        zoomSnap={0.25}
        zoomDelta={0.5}
        wheelPxPerZoomLevel={120}
        maxZoom={9}
        attributionControl={false}
        worldCopyJump={false}
      >
        <MapDescription />
        <TileLayerSwitch onStatus={onTileStatus} />
        <Pane name={PANES.basemap.name} style={{ zIndex: String(PANES.basemap.zIndex) }}>
          <BasemapLayer shapes={shapes} tilesShown={tiles === 'ok' || tiles === 'partial'} />
        </Pane>
        <Pane name={PANES.features.name} style={{ zIndex: String(PANES.features.zIndex) }}>
          <FeatureLayers />
        </Pane>
        <Pane name={PANES.labels.name} style={{ zIndex: String(PANES.labels.zIndex), pointerEvents: 'none' }}>
          <MapLabels shapes={shapes} />
        </Pane>
        <PublishBounds />
        <SelectedPopup />
        {MapOverlay && <MapOverlay />}
        <ViewController shapes={shapes} />
      </MapContainer>
      {basemap.status === 'error' && (
        <p className="map-notice" role="alert">
          The offline basemap could not be loaded ({basemap.message}); projects and places are still drawn.
        </p>
      )}
      {(tiles === 'failed' || tiles === 'partial') && (
        <div className="map-notice" role="status">
          <p>
            {tiles === 'failed'
              ? 'Online map tiles are unavailable'
              : 'Some online map tiles could not be loaded'}{' '}
            (no connection to tile.openstreetmap.org). The offline basemap stays.
          </p>
          <button type="button" onClick={() => setLayer('tiles', false)}>
            Turn off online tiles
          </button>
        </div>
      )}
      <p className="map-attribution">
        Shapes: Natural Earth
        {tiles !== 'off' && (
          <>
            {' · Tiles © '}
            <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors
          </>
        )}
      </p>
    </div>
  );
}
