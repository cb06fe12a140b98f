import { type MapView, shownAs } from '../model/mapView';
import type { Grouped, Scene } from '../model/scene';
import { DENSE_ROUTES } from '../styles';
import { ATTACK, type HitList, hitList, LINE_TOLERANCE, PLACE, ROUTE, record, SITE } from './codes';
import {
  attackPaint,
  denseRoutePaint,
  hitRadius,
  type Mark,
  type Paint,
  placePaint,
  routePaint,
  sitePaint,
} from './paint';
import { drawSelected } from './selected';
import {
  type Context2d,
  layerX,
  layerY,
  type PixelFrame,
  paintPath,
  routeInView,
  routePoints,
  traceMark,
  traceRoute,
} from './trace';
import type { WorldPoints } from './world';

// Draws the whole scene, back to front: casings and halos; routes; places; project sites;
// attacks; the selected feature on top. Items of one style class and state are traced into
// shared paths, BATCH at a time, so 10 000 routes take a few hundred strokes, not 10 000. What is
// drawn, and so what a click can hit, is recorded in a hit list.

/**
 * Marks per path. One path per style would need the fewest calls, but rasterizing one path costs
 * more than its parts drawn apart once it holds thousands of long dashed routes.
 */
export const BATCH = 64;

/** Plain (0) and dimmed (1) items are drawn in passes of their own, dimmed first. */
const SHOWN_AS = [0, 1] as const;

/** How many routes the filter keeps in the frame: at most `limit` + 1 counted. */
export function routesInView(scene: Scene, mapView: MapView, f: PixelFrame, limit: number): number {
  let count = 0;
  for (let i = 0; i < scene.routes.ids.length && count <= limit; i++)
    if (shownAs(mapView.routes[i]) !== -1 && routeInView(f.world.routes, i, f)) count++;
  return count;
}

/**
 * Traces every item of `groups` that `trace` accepts, class by class in the explicit drawing
 * order (model/classes.ts: vaguer locations under exact ones, planned under built), so what covers
 * what never depends on how the data is sorted; paints every BATCH of them.
 */
function byClass(
  g: Context2d,
  groups: Grouped,
  paintOf: (cls: number) => Paint | null,
  trace: (i: number, cls: number) => boolean,
): void {
  for (const cls of groups.drawOrder) {
    const paint = paintOf(cls);
    if (!paint) continue;
    let traced = 0;
    g.beginPath();
    for (let k = groups.start[cls] as number; k < (groups.start[cls + 1] as number); k++) {
      if (!trace(groups.order[k] as number, cls)) continue;
      if (++traced % BATCH !== 0) continue;
      paintPath(g, paint);
      g.beginPath();
    }
    if (traced % BATCH !== 0) paintPath(g, paint);
  }
}

interface PointPass {
  set: WorldPoints;
  groups: Grouped;
  flags: Uint8Array;
  mark: (cls: number, dimmed: 0 | 1) => Mark | null;
  shape: (cls: number) => 'circle' | 'diamond';
  /** The selected item (drawn on its own, last) or −1. */
  skip: number;
  /** Recorded for hits under this kind, or not at all (halos). */
  kind: number | null;
  offsets?: { dx: Float32Array; dy: Float32Array };
  /** Items drawn here; the rest stand in a cluster. All when absent. */
  loose?: Uint8Array | null;
}

function drawPoints(g: Context2d, pass: PointPass, f: PixelFrame, hits: HitList): void {
  const { set, flags, offsets, loose } = pass;
  const { min, max } = f.bounds;
  for (const dimmed of SHOWN_AS)
    byClass(
      g,
      pass.groups,
      (cls) => pass.mark(cls, dimmed),
      (i, cls) => {
        if (shownAs(flags[i]) !== dimmed || i === pass.skip || (loose && loose[i] !== 1)) return false;
        const x = layerX(f, set.x[i] as number) + (offsets?.dx[i] ?? 0);
        const y = layerY(f, set.y[i] as number) + (offsets?.dy[i] ?? 0);
        if (x < min.x || y < min.y || x > max.x || y > max.y) return false;
        const mark = pass.mark(cls, dimmed) as Mark;
        traceMark(g, pass.shape(cls), x, y, mark.radius);
        if (pass.kind !== null) record(hits, pass.kind, i, x, y, hitRadius(mark));
        return true;
      },
    );
}

function drawRoutes(
  g: Context2d,
  { scene, selected, routes: flags }: MapView,
  f: PixelFrame,
  part: 'casing' | 'line' | 'dense',
  hits: HitList,
): void {
  const skip = selected?.set === 'routes' ? selected.index : -1;
  for (const dimmed of SHOWN_AS) {
    const paintOf = (cls: number) =>
      part === 'dense' ? denseRoutePaint(cls, dimmed) : routePaint(cls, dimmed)[part];
    byClass(g, scene.routes.groups, paintOf, (i, cls) => {
      if (shownAs(flags[i]) !== dimmed || i === skip || !routeInView(f.world.routes, i, f)) return false;
      traceRoute(g, routePoints(scene.routes, i, f), f);
      const reach = (paintOf(cls).stroke?.width ?? 0) / 2 + LINE_TOLERANCE;
      if (part !== 'casing') record(hits, ROUTE, i, 0, 0, reach);
      return true;
    });
  }
}

/**
 * Draws the scene as the view model shows it into the frame; `loose` says which sites are drawn
 * one by one (the others stand in clusters). Returns what a click can hit, in draw order.
 */
export function drawScene(g: Context2d, mapView: MapView, f: PixelFrame, loose: Uint8Array | null): HitList {
  const { scene, layers, selected } = mapView;
  const { sites, places } = scene;
  const hits = hitList(scene.routes.ids.length + sites.ids.length + 2 * places.ids.length + 2);
  const skipIn = (set: string) => (selected?.set === set ? selected.index : -1);
  const sitePass = (part: 'halo' | 'marker', kind: number | null): PointPass => ({
    set: f.world.sites,
    groups: sites.groups,
    flags: mapView.sites,
    mark: (cls, dimmed) => sitePaint(cls, dimmed)[part],
    shape: (cls) => (part === 'halo' ? 'circle' : sitePaint(cls, 0).shape),
    skip: skipIn('sites'),
    kind,
    offsets: mapView,
    loose,
  });
  const placePass = (part: 'halo' | 'marker', kind: number | null): PointPass => ({
    set: f.world.places,
    groups: places.groups,
    flags: mapView.places,
    mark: (cls, dimmed) => placePaint(cls, dimmed)[part],
    shape: () => 'circle',
    skip: skipIn('places'),
    kind,
  });
  const dense = layers.projects && routesInView(scene, mapView, f, DENSE_ROUTES) > DENSE_ROUTES;
  if (layers.projects) {
    if (!dense) drawRoutes(g, mapView, f, 'casing', hits);
    drawPoints(g, sitePass('halo', null), f, hits);
  }
  if (layers.places) drawPoints(g, placePass('halo', null), f, hits);
  drawSelected(g, mapView, f, 'under', hits);
  if (layers.projects) drawRoutes(g, mapView, f, dense ? 'dense' : 'line', hits);
  if (layers.places) drawPoints(g, placePass('marker', PLACE), f, hits);
  if (layers.projects) drawPoints(g, sitePass('marker', SITE), f, hits);
  if (layers.conflict)
    drawPoints(
      g,
      { ...placePass('marker', ATTACK), groups: places.attacks, mark: (_, dimmed) => attackPaint(0, dimmed) },
      f,
      hits,
    );
  drawSelected(g, mapView, f, 'over', hits);
  return hits;
}
