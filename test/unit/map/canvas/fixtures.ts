import * as L from 'leaflet';
import { CRS, latLng } from 'leaflet';
import type { PlaceFeature, ProjectFeature } from '../../../../src/data/schema';
import { MARGIN, type PixelFrame } from '../../../../src/map/canvas/trace';
import { worldOf } from '../../../../src/map/canvas/world';
import { buildFilterView, buildMapView, type MapView } from '../../../../src/map/model/mapView';
import type { Scene } from '../../../../src/map/model/scene';
import type { RecordRef } from '../../../../src/state/selectionSlice';
import type { Matched } from '../../../../src/state/selectors';

// Small hand-made features for the canvas tests.

type ProjectProps = ProjectFeature['properties'];
const source = { article: 'a', quote: 'q' };

export function route(
  id: string,
  coords: [number, number][],
  props: Partial<ProjectProps> = {},
): ProjectFeature {
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: coords },
    properties: {
      id,
      name: id,
      kind: 'railway',
      status: 'operational',
      countries: ['KAZ'],
      partners: [],
      note: null,
      source,
      precision: 'exact',
      geometrySource: 'test',
      ...props,
    },
  };
}

export function site(id: string, at: [number, number], props: Partial<ProjectProps> = {}): ProjectFeature {
  return { ...route(id, [], props), geometry: { type: 'Point', coordinates: at } };
}

export function place(id: string, at: [number, number], attacked = false): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: at },
    properties: {
      id,
      name: id,
      kind: 'capital',
      countries: ['KAZ'],
      attack: attacked ? { asOf: '2025-06-17', note: 'n' } : null,
      source,
      precision: 'exact',
      geometrySource: 'test',
    },
  };
}

export const direct = <T>(records: readonly T[]): Matched<T>[] =>
  records.map((record) => ({ record, match: 'direct' }));

export const ALL_LAYERS = { projects: true, places: true, conflict: true };

/** One fill or stroke: the paint it had and the shapes it covered, each a list of points. */
export interface Painted {
  op: 'fill' | 'stroke';
  colour: string;
  alpha: number;
  width: number;
  dash: number[];
  /** Per subpath, its points (a circle is its centre). */
  shapes: [number, number][][];
}

/** A 2D context that records what is painted, so a test can ask what was drawn where. */
export function recordingContext() {
  const painted: Painted[] = [];
  let shapes: [number, number][][] = [];
  let dash: number[] = [];
  const g = {
    globalAlpha: 1,
    fillStyle: '' as string,
    strokeStyle: '' as string,
    lineWidth: 1,
    lineCap: 'butt' as CanvasLineCap,
    lineJoin: 'miter' as CanvasLineJoin,
    beginPath() {
      shapes = [];
    },
    moveTo(x: number, y: number) {
      shapes.push([[x, y]]);
    },
    lineTo(x: number, y: number) {
      shapes.at(-1)?.push([x, y]);
    },
    arc(x: number, y: number) {
      // moveTo(x + r, y) came first: a circle is recorded by its centre.
      shapes[shapes.length - 1] = [[x, y]];
    },
    closePath() {},
    fill() {
      painted.push({ op: 'fill', colour: g.fillStyle, alpha: g.globalAlpha, width: 0, dash: [], shapes });
    },
    stroke() {
      painted.push({
        op: 'stroke',
        colour: g.strokeStyle,
        alpha: g.globalAlpha,
        width: g.lineWidth,
        dash,
        shapes,
      });
    },
    setLineDash(d: number[]) {
      dash = d;
    },
  };
  /** What was painted with a shape starting at, or a circle centred on, a point (±1 px). */
  const paintedAt = ([x, y]: [number, number]) =>
    painted.filter((p) =>
      p.shapes.some(([first]) => first && Math.abs(first[0] - x) <= 1 && Math.abs(first[1] - y) <= 1),
    );
  // Only what the canvas code calls is recorded; the rest of the 2D context is never touched.
  return { g: g as unknown as CanvasRenderingContext2D, painted, paintedAt };
}

/**
 * A canvas frame at zoom 4 (scale 16) whose top-left corner is at the given longitude and
 * latitude, `width` × `height` pixels, grown by the canvas margin as the feature canvas grows it.
 */
export function frameAt(scene: Scene, lon: number, lat: number, width: number, height: number): PixelFrame {
  const origin = CRS.EPSG3857.latLngToPoint(latLng(lat, lon), 4).round();
  const min = L.point(-MARGIN, -MARGIN);
  const max = L.point(width + MARGIN, height + MARGIN);
  return {
    scale: 16,
    originX: origin.x,
    originY: origin.y,
    bounds: Object.assign(L.bounds(min, max), { min, max }),
    world: worldOf(scene),
  };
}

/** Where a position lands on that frame's canvas. */
export const pixelAt = (f: PixelFrame, lon: number, lat: number): [number, number] => {
  const p = CRS.EPSG3857.latLngToPoint(latLng(lat, lon), 4).round();
  return [p.x - f.originX, p.y - f.originY];
};

export interface ViewInput {
  projects: Matched<ProjectFeature>[];
  places: Matched<PlaceFeature>[];
  selection: RecordRef | null;
  layers: typeof ALL_LAYERS;
}

/** The view model for a scene, as the store's selector builds it. */
export const viewOf = (scene: Scene, input: ViewInput): MapView =>
  buildMapView(buildFilterView(scene, input), input.selection);
