import { useMemo } from 'react';
import { Popup, useMap } from 'react-leaflet';
import type { PlaceFeature, ProjectFeature } from '../../data/schema';
import { sameRef } from '../../state/selectionSlice';
import { useAppStore, useStoreApi } from '../../state/store';
import { anchorOf } from '../geometry';
import { useMapFocus } from '../mapFocus';
import type { PopupTarget } from '../model/mapView';
import { selectMapView } from '../model/selectMapView';
import { conflictStyle, PLAIN, placeStyle, projectPointStyle } from '../styles';
import { PopupContent } from './PopupContent';

// Leaflet's popup puts its tip 7px below its offset; a marker of radius r needs the tip r above it.
const TIP = 7;

/** How far above the feature's position the popup's tip goes: clear of its marker. */
function markerRadius(target: PopupTarget): number {
  if (target.feature.geometry.type !== 'Point') return 0;
  if (target.kind === 'project')
    return projectPointStyle((target.feature as ProjectFeature).properties, PLAIN).marker.radius;
  return target.asAttack
    ? conflictStyle(PLAIN).radius
    : placeStyle((target.feature as PlaceFeature).properties, PLAIN).marker.radius;
}

/** The popup for the selected project or place, while the map shows it (the view model says). */
export function SelectedPopup() {
  const size = useMap().getSize();
  const target = useAppStore((s) => selectMapView(s).popup);
  const select = useAppStore((s) => s.select);
  const store = useStoreApi();
  const { request } = useMapFocus();

  // Keyed on the geometry object, which survives filter changes, so the popup is not reopened.
  const geometry = target?.feature.geometry;
  const position = useMemo(() => (geometry ? anchorOf(geometry) : null), [geometry]);
  if (!target || !position) return null;

  const ref = { kind: target.kind, id: target.feature.properties.id };
  const requested = request !== null && sameRef(request.ref, ref);
  // Asked for from the list: wait until the map has arrived, so the popup pans from there.
  if (requested && !request.settled) return null;
  return (
    <Popup
      key={`${ref.kind}:${ref.id}:${requested ? request.seq : 0}`}
      position={position}
      offset={[target.dx, TIP + target.dy - markerRadius(target)]}
      // Clear of the zoom buttons, and never wider or taller than the map.
      autoPanPaddingTopLeft={[48, 10]}
      autoPanPaddingBottomRight={[10, 10]}
      maxWidth={Math.min(320, size.x - 96)}
      minWidth={Math.min(230, size.x - 96)}
      maxHeight={Math.max(200, size.y - 70)}
      eventHandlers={{
        remove: () => {
          if (sameRef(store.getState().selection, ref)) select(null);
        },
      }}
    >
      <PopupContent feature={target.feature} kind={target.kind} moveFocus={requested && request.moveFocus} />
    </Popup>
  );
}
