import { useMemo } from 'react';
import { Popup, useMap } from 'react-leaflet';
import { useShallow } from 'zustand/react/shallow';
import { sameRef } from '../../state/selectionSlice';
import { selectVisiblePlaces, selectVisibleProjects } from '../../state/selectors';
import { appStore, useAppStore } from '../../state/store';
import { anchorOf } from '../geometry';
import { useMapFocus } from '../mapFocus';
import { conflictStyle, PLAIN, placeStyle, projectPointStyle } from '../styles';
import { PopupContent } from './PopupContent';
import { useCountryLevelOffsets } from './useCountryLevelOffsets';

// Leaflet's popup puts its tip 7px below its offset; a marker of radius r needs the tip r above it.
const TIP = 7;

/** The popup for the selected project or place, while the map shows it. */
export function SelectedPopup() {
  const size = useMap().getSize();
  const selection = useAppStore((s) => s.selection);
  const projects = useAppStore(selectVisibleProjects);
  const places = useAppStore(selectVisiblePlaces);
  const layers = useAppStore(useShallow((s) => s.layers));
  const select = useAppStore((s) => s.select);
  const offsets = useCountryLevelOffsets(projects);
  const { request } = useMapFocus();

  const target = useMemo(() => {
    if (selection?.kind === 'project' && layers.projects) {
      const found = projects.find((m) => m.record.properties.id === selection.id)?.record;
      if (!found) return null;
      const [dx, dy] = offsets.get(found.properties.id) ?? [0, 0];
      const radius =
        found.geometry.type === 'Point' ? projectPointStyle(found.properties, PLAIN).marker.radius : 0;
      return {
        kind: 'project' as const,
        feature: found,
        offset: [dx, TIP + dy - radius] as [number, number],
      };
    }
    if (selection?.kind === 'place') {
      const found = places.find((m) => m.record.properties.id === selection.id)?.record;
      if (!found) return null;
      const asAttack = found.properties.attack !== null && layers.conflict;
      if (!layers.places && !asAttack) return null;
      const radius = asAttack
        ? conflictStyle(PLAIN).radius
        : placeStyle(found.properties, PLAIN).marker.radius;
      return { kind: 'place' as const, feature: found, offset: [0, TIP - radius] as [number, number] };
    }
    return null;
  }, [selection, projects, places, layers.projects, layers.places, layers.conflict, offsets]);

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
      offset={target.offset}
      // Clear of the zoom buttons, and never wider or taller than the map.
      autoPanPaddingTopLeft={[48, 10]}
      autoPanPaddingBottomRight={[10, 10]}
      maxWidth={Math.min(320, size.x - 96)}
      minWidth={Math.min(230, size.x - 96)}
      maxHeight={Math.max(200, size.y - 70)}
      eventHandlers={{
        remove: () => {
          if (sameRef(appStore.getState().selection, ref)) select(null);
        },
      }}
    >
      <PopupContent feature={target.feature} kind={target.kind} moveFocus={requested && request.moveFocus} />
    </Popup>
  );
}
