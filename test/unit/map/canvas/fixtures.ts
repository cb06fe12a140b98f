import type { PlaceFeature, ProjectFeature } from '../../../../src/data/schema';
import { buildFilterView, buildMapView, type MapView } from '../../../../src/map/model/mapView';
import { projectX, projectY } from '../../../../src/map/model/projection';
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

/** A context that records what is drawn: each stroke or fill with the style and subpaths it had. */
export function recordingCtx() {
  const calls: { op: 'fill' | 'stroke'; color: string; alpha: number; width: number; subpaths: number }[] =
    [];
  let subpaths = 0;
  const ctx = {
    globalAlpha: 1,
    fillStyle: '' as string,
    strokeStyle: '' as string,
    lineWidth: 1,
    lineCap: 'butt' as CanvasLineCap,
    lineJoin: 'miter' as CanvasLineJoin,
    dashes: [] as number[][],
    points: [] as [number, number][],
    beginPath() {
      subpaths = 0;
    },
    moveTo(x: number, y: number) {
      subpaths++;
      ctx.points.push([x, y]);
    },
    lineTo(x: number, y: number) {
      ctx.points.push([x, y]);
    },
    arc() {},
    closePath() {},
    fill() {
      calls.push({ op: 'fill', color: ctx.fillStyle, alpha: ctx.globalAlpha, width: 0, subpaths });
    },
    stroke() {
      calls.push({
        op: 'stroke',
        color: ctx.strokeStyle,
        alpha: ctx.globalAlpha,
        width: ctx.lineWidth,
        subpaths,
      });
    },
    setLineDash(d: number[]) {
      ctx.dashes.push(d);
    },
  };
  return { ctx, calls };
}

/** A canvas view at zoom scale 16 whose top-left corner is at the given longitude and latitude. */
export const viewAt = (lon: number, lat: number, width: number, height: number) => ({
  scale: 16,
  left: Math.round(projectX(lon) * 16),
  top: Math.round(projectY(lat) * 16),
  width,
  height,
});

export interface ViewInput {
  projects: Matched<ProjectFeature>[];
  places: Matched<PlaceFeature>[];
  selection: RecordRef | null;
  layers: typeof ALL_LAYERS;
}

/** The view model for a scene, as the store's selector builds it. */
export const viewOf = (scene: Scene, input: ViewInput): MapView =>
  buildMapView(buildFilterView(scene, input), input.selection);
