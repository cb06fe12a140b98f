import { useEffect } from 'react';
import { CircleMarker, Polyline, useMapEvents } from 'react-leaflet';
import type { MapPick } from '../../state/curateSlice';
import { useAppStore } from '../../state/store';

function PickedPoints({ pick }: { pick: MapPick }) {
  const map = useMapEvents({ click: (e) => pick.onPick([round(e.latlng.lng), round(e.latlng.lat)]) });
  useEffect(() => {
    const container = map.getContainer();
    container.style.cursor = 'crosshair';
    return () => {
      container.style.cursor = '';
    };
  }, [map]);
  const positions = pick.points.map(([lon, lat]) => [lat, lon] as [number, number]);
  return (
    <>
      {positions.length > 1 && (
        <Polyline positions={positions} pathOptions={{ color: '#b5179e', weight: 3, dashArray: '6 4' }} />
      )}
      {positions.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a draft's points are identified by their order
        <CircleMarker key={i} center={p} radius={5} pathOptions={{ color: '#b5179e', fillOpacity: 1 }} />
      ))}
    </>
  );
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The place or project being drawn in the workbench (npm run curate); nothing in the app. */
export function DraftLayer() {
  const pick = useAppStore((s) => s.mapPick);
  return pick === null ? null : <PickedPoints pick={pick} />;
}
