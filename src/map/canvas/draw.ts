import { type MapView, shownAs } from '../model/mapView';
import { toCanvasX, toCanvasY, type Viewport } from '../model/projection';
import type { Grouped, PointSet, Scene } from '../model/scene';
import { ATTACK, codeOf, type Drawn, PLACE, ROUTE, SITE } from './codes';
import {
  attackPaint,
  denseRoutePaint,
  type Mark,
  type Paint,
  placePaint,
  routePaint,
  sitePaint,
  type Variant,
} from './paint';
import { drawSelected } from './selected';
import { type Ctx, MARGIN, paintPath, routeInView, traceMark, traceRoute } from './trace';

// Plans the drawing of the whole scene, back to front: casings and halos; routes; places;
// project sites; attacks; the selected feature on top. Items of one style class and state are
// traced into shared paths, BATCH at a time, so 10 000 routes take a few hundred strokes, not
// 10 000. The plan is a list of jobs: run at once after a filter change, or spread over several
// tasks after a move, so no task rasterizes the whole canvas.

/**
 * Marks per path. One path per style would need the fewest calls, but rasterizing one path costs
 * more than its parts drawn apart once it holds thousands of long dashed routes.
 */
export const BATCH = 64;
/** Items of a style class per job: one path, so a job rasterizes quickly. */
const SLICE = BATCH;
const PLAIN_AND_REGIONAL: readonly Variant[] = [0, 1];

export type Job = (ctx: Ctx, drawn: Drawn) => void;

/**
 * Level of detail: above this many routes in view the routes are drawn solid and without casings
 * (the legend says so). Zoomed out over thousands of routes, dashes and casings cost most of the
 * raster and cannot be told apart anyway; zooming in brings them back.
 */
export const DENSE_ROUTES = 1000;

/** How many routes the filter keeps inside the canvas (and its margin): at most `limit` + 1 counted. */
export function routesInView(scene: Scene, state: MapView, v: Viewport, limit: number): number {
  let count = 0;
  for (let i = 0; i < scene.routes.ids.length && count <= limit; i++)
    if (shownAs(state.routes[i]) !== -1 && routeInView(scene.routes, i, v, MARGIN)) count++;
  return count;
}

interface PointPass {
  set: PointSet;
  groups: Grouped;
  shown: Uint8Array;
  mark: (cls: number, v: Variant) => Mark | null;
  shape: (cls: number) => 'circle' | 'diamond';
  skip: number;
  kind: number | null;
  offsets?: { dx: Float32Array; dy: Float32Array };
}

/** Traces items order[from…to) that pass `keep`, painting every BATCH of them. */
function batched(ctx: Ctx, paint: Paint, from: number, to: number, trace: (k: number) => boolean): void {
  let traced = 0;
  ctx.beginPath();
  for (let k = from; k < to; k++) {
    if (!trace(k)) continue;
    if (++traced % BATCH === 0) {
      paintPath(ctx, paint);
      ctx.beginPath();
    }
  }
  if (traced % BATCH !== 0) paintPath(ctx, paint);
}

/**
 * Jobs over every style class, a slice at a time, the classes in their explicit drawing order
 * (model/classes.ts: vaguer locations under exact ones, planned under built), so what covers
 * what never depends on how the data is sorted or how slices interleave.
 */
function slices(jobs: Job[], groups: Grouped, make: (cls: number, from: number, to: number) => Job | null) {
  for (const cls of groups.drawOrder) {
    const end = groups.start[cls + 1] as number;
    for (let from = groups.start[cls] as number; from < end; from += SLICE) {
      const job = make(cls, from, Math.min(end, from + SLICE));
      if (job) jobs.push(job);
    }
  }
}

function pointJobs(jobs: Job[], pass: PointPass, v: Viewport): void {
  const { set, groups, shown } = pass;
  for (const variant of PLAIN_AND_REGIONAL)
    slices(jobs, groups, (cls, from, to) => {
      const mark = pass.mark(cls, variant);
      if (!mark) return null;
      const shape = pass.shape(cls);
      return (ctx, drawn) =>
        batched(ctx, mark, from, to, (k) => {
          const i = groups.order[k] as number;
          if (shownAs(shown[i]) !== variant || i === pass.skip) return false;
          const x = toCanvasX(v, set.x[i] as number) + (pass.offsets?.dx[i] ?? 0);
          const y = toCanvasY(v, set.y[i] as number) + (pass.offsets?.dy[i] ?? 0);
          if (x < -MARGIN || y < -MARGIN || x > v.width + MARGIN || y > v.height + MARGIN) return false;
          traceMark(ctx, shape, x, y, mark.radius);
          if (pass.kind !== null) drawn.codes[drawn.count++] = codeOf(pass.kind, i);
          return true;
        });
    });
}

function routeJobs(
  jobs: Job[],
  scene: Scene,
  state: MapView,
  v: Viewport,
  part: 'casing' | 'line',
  dense: boolean,
) {
  const { routes } = scene;
  const skip = state.selected?.set === 'routes' ? state.selected.index : -1;
  for (const variant of PLAIN_AND_REGIONAL)
    slices(
      jobs,
      routes.groups,
      (cls, from, to) => (ctx, drawn) =>
        batched(
          ctx,
          dense ? denseRoutePaint(cls, variant) : routePaint(cls, variant)[part],
          from,
          to,
          (k) => {
            const i = routes.groups.order[k] as number;
            if (shownAs(state.routes[i]) !== variant || i === skip || !routeInView(routes, i, v, MARGIN))
              return false;
            traceRoute(ctx, routes, i, v, MARGIN);
            if (part === 'line') drawn.codes[drawn.count++] = codeOf(ROUTE, i);
            return true;
          },
        ),
    );
}

const circle = () => 'circle' as const;

export const emptyDrawn = (scene: Scene): Drawn => ({
  codes: new Uint32Array(scene.routes.ids.length + scene.sites.ids.length + 2 * scene.places.ids.length + 2),
  count: 0,
});

export function planScene(scene: Scene, state: MapView, v: Viewport): Job[] {
  const { sites, places } = scene;
  const { layers, selected } = state;
  const skipIn = (set: string) => (selected?.set === set ? selected.index : -1);
  const sitePass = (part: 'halo' | 'marker', kind: number | null): PointPass => ({
    set: sites,
    groups: sites.groups,
    shown: state.sites,
    mark: (cls, variant) => sitePaint(cls, variant)[part],
    shape: part === 'halo' ? circle : (cls) => sitePaint(cls, 0).shape,
    skip: skipIn('sites'),
    kind,
    offsets: state,
  });
  const placePass = (part: 'halo' | 'marker', kind: number | null): PointPass => ({
    set: places,
    groups: places.groups,
    shown: state.places,
    mark: (cls, variant) => placePaint(cls, variant)[part],
    shape: circle,
    skip: skipIn('places'),
    kind,
  });
  const jobs: Job[] = [];
  const dense = layers.projects && routesInView(scene, state, v, DENSE_ROUTES) > DENSE_ROUTES;
  if (layers.projects) {
    if (!dense) routeJobs(jobs, scene, state, v, 'casing', false);
    pointJobs(jobs, sitePass('halo', null), v);
  }
  if (layers.places) pointJobs(jobs, placePass('halo', null), v);
  jobs.push((ctx, drawn) => drawSelected(ctx, scene, state, v, 'under', drawn));
  if (layers.projects) routeJobs(jobs, scene, state, v, 'line', dense);
  if (layers.places) pointJobs(jobs, placePass('marker', PLACE), v);
  if (layers.projects) pointJobs(jobs, sitePass('marker', SITE), v);
  if (layers.conflict)
    pointJobs(
      jobs,
      {
        ...placePass('marker', ATTACK),
        groups: places.attacks,
        mark: (_, variant) => attackPaint(0, variant),
      },
      v,
    );
  jobs.push((ctx, drawn) => drawSelected(ctx, scene, state, v, 'over', drawn));
  return jobs;
}

/** Draws the whole scene at once; returns what a click can hit, in draw order. */
export function drawScene(ctx: Ctx, scene: Scene, state: MapView, v: Viewport): Drawn {
  const drawn = emptyDrawn(scene);
  for (const job of planScene(scene, state, v)) job(ctx, drawn);
  return drawn;
}
