import { useEffect } from 'react';
import { CircleMarker, Polyline, useMapEvents } from 'react-leaflet';
import { readPoints, writePoints } from '../form/formValues';
import { useWorkbench, workbenchStore } from '../workbenchStore';

const round = (n: number) => Math.round(n * 100) / 100;
const DRAFT = { color: '#b5179e', weight: 3, dashArray: '6 4' };

/** Only whole [longitude, latitude] pairs: a half-typed line in the points field is skipped. */
export function pointPairs(text: string | undefined): [number, number][] {
  return readPoints(text).filter(
    (p): p is [number, number] => p.length === 2 && p.every((n) => typeof n === 'number'),
  );
}

/** Adds a clicked point: a place has one, a project's route grows point by point. */
function addPoint(point: [number, number]): void {
  const form = workbenchStore.getState().form;
  if (form === null) return;
  const next = form.kind === 'place' ? [point] : [...pointPairs(form.values.points), point];
  workbenchStore.getState().editField('points', writePoints(next));
}

function Drawing({ points }: { points: [number, number][] }) {
  const map = useMapEvents({ click: (e) => addPoint([round(e.latlng.lng), round(e.latlng.lat)]) });
  useEffect(() => {
    const container = map.getContainer();
    container.style.cursor = 'crosshair';
    return () => {
      container.style.cursor = '';
    };
  }, [map]);
  const positions = points.map(([lon, lat]) => [lat, lon] as [number, number]);
  return (
    <>
      {positions.length > 1 && <Polyline positions={positions} pathOptions={DRAFT} />}
      {positions.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a draft's points are identified by their order
        <CircleMarker key={i} center={p} radius={5} pathOptions={{ ...DRAFT, fillOpacity: 1 }} />
      ))}
    </>
  );
}

/** The workbench's layer in the dashboard's map: while a place or project is open, clicks draw it. */
export function DraftLayer() {
  const form = useWorkbench((s) => s.form);
  const drawing = form?.kind === 'project' || form?.kind === 'place';
  return drawing ? <Drawing points={pointPairs(form.values.points)} /> : null;
}
