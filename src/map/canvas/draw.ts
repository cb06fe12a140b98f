import { ATTACK, codeOf, type Drawn, PLACE, ROUTE, SITE } from './codes';
import { attackPaint, type Mark, placePaint, routePaint, sitePaint, type Variant } from './paint';
import { type Viewport, toCanvasX, toCanvasY } from './projection';
import type { Grouped, PointSet, Scene } from './scene';
import { drawSelected } from './selected';
import type { SceneState } from './state';
import { type Ctx, paintPath, routeInView, traceMark, traceRoute } from './trace';

// Draws the whole scene, back to front: casings and halos; routes; places; project sites;
// attacks; the selected feature on top. Items of one style class and state share one path, so a
// redraw strokes a few dozen paths however many features there are. Returns what was drawn that
// a click can hit, in draw order (later is on top), for the hit grid.

/** Pixels beyond the canvas within which a feature may still show (the widest halo or band). */
const MARGIN = 24;
const PLAIN_AND_REGIONAL: readonly Variant[] = [0, 1];

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

function pointPass(ctx: Ctx, pass: PointPass, v: Viewport, drawn: Drawn): void {
  const { set, groups, shown } = pass;
  for (let cls = 0; cls + 1 < groups.start.length; cls++)
    for (const variant of PLAIN_AND_REGIONAL) {
      const mark = pass.mark(cls, variant);
      if (!mark) continue;
      const want = variant + 1;
      const shape = pass.shape(cls);
      let any = false;
      ctx.beginPath();
      for (let k = groups.start[cls] as number; k < (groups.start[cls + 1] as number); k++) {
        const i = groups.order[k] as number;
        if (shown[i] !== want || i === pass.skip) continue;
        const x = toCanvasX(v, set.x[i] as number) + (pass.offsets?.dx[i] ?? 0);
        const y = toCanvasY(v, set.y[i] as number) + (pass.offsets?.dy[i] ?? 0);
        if (x < -MARGIN || y < -MARGIN || x > v.width + MARGIN || y > v.height + MARGIN) continue;
        traceMark(ctx, shape, x, y, mark.radius);
        if (pass.kind !== null) drawn.codes[drawn.count++] = codeOf(pass.kind, i);
        any = true;
      }
      if (any) paintPath(ctx, mark);
    }
}

function routePass(ctx: Ctx, scene: Scene, state: SceneState, v: Viewport, part: 'casing' | 'line', drawn: Drawn | null) {
  const { routes } = scene;
  const skip = state.selected?.set === 'routes' ? state.selected.index : -1;
  const { order, start } = routes.groups;
  for (let cls = 0; cls + 1 < start.length; cls++)
    for (const variant of PLAIN_AND_REGIONAL) {
      const want = variant + 1;
      let any = false;
      ctx.beginPath();
      for (let k = start[cls] as number; k < (start[cls + 1] as number); k++) {
        const i = order[k] as number;
        if (state.routes[i] !== want || i === skip || !routeInView(routes, i, v, MARGIN)) continue;
        traceRoute(ctx, routes, i, v);
        if (drawn) drawn.codes[drawn.count++] = codeOf(ROUTE, i);
        any = true;
      }
      if (any) paintPath(ctx, routePaint(cls, variant)[part]);
    }
}

const circle = () => 'circle' as const;

export function drawScene(ctx: Ctx, scene: Scene, state: SceneState, v: Viewport): Drawn {
  const { routes, sites, places } = scene;
  const drawn: Drawn = {
    codes: new Uint32Array(routes.ids.length + sites.ids.length + 2 * places.ids.length),
    count: 0,
  };
  const none: Drawn = { codes: new Uint32Array(0), count: 0 };
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
  if (layers.projects) {
    routePass(ctx, scene, state, v, 'casing', null);
    pointPass(ctx, sitePass('halo', null), v, none);
  }
  if (layers.places) pointPass(ctx, placePass('halo', null), v, none);
  drawSelected(ctx, scene, state, v, 'under', none);
  if (layers.projects) routePass(ctx, scene, state, v, 'line', drawn);
  if (layers.places) pointPass(ctx, placePass('marker', PLACE), v, drawn);
  if (layers.projects) pointPass(ctx, sitePass('marker', SITE), v, drawn);
  if (layers.conflict) {
    const attacks = { ...placePass('marker', ATTACK), groups: places.attacks, mark: (_: number, variant: Variant) => attackPaint(0, variant) };
    pointPass(ctx, attacks, v, drawn);
  }
  drawSelected(ctx, scene, state, v, 'over', drawn);
  return drawn;
}
