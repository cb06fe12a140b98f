import { CircleMarker, Pane, Polyline, Rectangle } from 'react-leaflet';
import { readPoints, writePoints } from '../form/formValues';
import { useWorkbench, workbenchStore } from '../workbenchStore';

const round = (n: number) => Math.round(n * 100) / 100;
const DRAFT = { color: '#b5179e', weight: 3, dashArray: '6 4' };
/** Above the map's features and labels, below its popups: clicks land here, not on a country. */
const PANE_Z = 650;
const WORLD: [[number, number], [number, number]] = [
  [-85, -180],
  [85, 180],
];

/** Only whole [longitude, latitude] pairs: a half-typed line in the points field is skipped. */
function pointPairs(text: string | undefined): [number, number][] {
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
  const positions = points.map(([lon, lat]) => [lat, lon] as [number, number]);
  return (
    <Pane name="curate-draft" style={{ zIndex: PANE_Z, cursor: 'crosshair' }}>
      {/* A clear sheet over the map: a click adds a point instead of toggling a country's filter. */}
      <Rectangle
        bounds={WORLD}
        pathOptions={{ stroke: false, fillOpacity: 0.01, className: 'wb-draft-sheet' }}
        bubblingMouseEvents={false}
        eventHandlers={{ click: (e) => addPoint([round(e.latlng.lng), round(e.latlng.lat)]) }}
      />
      {positions.length > 1 && <Polyline positions={positions} pathOptions={DRAFT} interactive={false} />}
      {positions.map((p, i) => (
        <CircleMarker
          // biome-ignore lint/suspicious/noArrayIndexKey: a draft's points are identified by their order
          key={i}
          center={p}
          radius={5}
          interactive={false}
          pathOptions={{ ...DRAFT, fillOpacity: 1 }}
        />
      ))}
    </Pane>
  );
}

/** The workbench's layer in the dashboard's map: while a place or project is open, clicks draw it. */
export function DraftLayer() {
  const form = useWorkbench((s) => s.form);
  const drawing = form?.kind === 'project' || form?.kind === 'place';
  return drawing ? <Drawing points={pointPairs(form.values.points)} /> : null;
}
