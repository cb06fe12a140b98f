import { type MapView, shownAs } from '../model/mapView';
import type { Grouped, SetName } from '../model/scene';
import { DENSE_ROUTES, type Mark, type Paint } from '../styles';
import { type HitList, hitList, LINE_TOLERANCE, PLACE, ROUTE, record, SITE } from './codes';
import {
  attackPaint,
  denseRoutePaint,
  hitRadius,
  placePaint,
  routePaint,
  sitePaint,
  type Variant,
} from './paint';
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

// Draws the whole scene, back to front: casings and halos; routes; places; project sites;
// attacks; then the selected feature, dark and heavier, in two rounds of its own: its casing or
// halo with the others', its mark on top of everything (a selected place's attack ring just under
// its marker). Items of one style class and state are traced into shared paths, BATCH at a time,
// so 10 000 routes take a few hundred strokes, not 10 000; the drawing yields after each, so a
// caller can spread it over frames. What is drawn, and so what a click can hit, is in a hit list.

/**
 * Marks per path. One path per style would need the fewest calls, but rasterizing one path costs
 * more than its parts drawn apart once it holds thousands of long dashed routes.
 */
export const BATCH = 64;

/** Which items a round draws, by class, and whether in the selection's ink. */
interface Round {
  groups: (set: SetName | 'attacks') => Grouped | null;
  /** Whether it draws item i of a set it groups. */
  takes: (set: SetName, i: number) => boolean;
  selected: boolean;
}
/** A group of one item: the selected one, drawn in a round of its own. */
function single(cls: number, i: number): Grouped {
  const start = new Uint32Array(cls + 2);
  start[cls + 1] = 1;
  return { order: Uint32Array.of(i), start, drawOrder: [cls] };
}
const variant = (dimmed: 0 | 1, round: Round): Variant => (dimmed + (round.selected ? 2 : 0)) as Variant;

/** How many routes the filter keeps in the frame: at most `limit` + 1 counted. */
export function routesInView(mapView: MapView, f: PixelFrame, limit: number): number {
  let count = 0;
  for (let i = 0; i < mapView.routes.length && count <= limit; i++)
    if (shownAs(mapView.routes[i]) !== -1 && routeInView(f.world.routes, i, f)) count++;
  return count;
}

/**
 * Traces every item of `groups` that `trace` accepts, plain ones then dimmed ones, class by class
 * in the explicit drawing order (model/classes.ts: vaguer locations under exact ones, planned under
 * built), so what covers what never depends on how the data is sorted; paints every BATCH of them.
 */
function* byClass(
  g: Context2d,
  { drawOrder, start, order }: Grouped,
  flags: Uint8Array,
  paintOf: (cls: number, dimmed: 0 | 1) => Paint | null,
  trace: (i: number, cls: number, paint: Paint) => boolean,
): Generator<void> {
  for (const dimmed of [0, 1] as const)
    for (const cls of drawOrder) {
      const paint = paintOf(cls, dimmed);
      if (!paint) continue;
      let traced = 0;
      g.beginPath();
      for (let k = start[cls] as number; k < (start[cls + 1] as number); k++) {
        const i = order[k] as number;
        if (shownAs(flags[i]) !== dimmed || !trace(i, cls, paint) || ++traced % BATCH !== 0) continue;
        paintPath(g, paint);
        yield;
        g.beginPath();
      }
      if (traced % BATCH !== 0) paintPath(g, paint);
    }
}

type RoutePart = 'casing' | 'line' | 'dense';

function* drawRoutes(
  g: Context2d,
  mapView: MapView,
  f: PixelFrame,
  round: Round,
  part: RoutePart,
  hits: HitList,
) {
  const { routes } = mapView.scene;
  const groups = round.groups('routes');
  if (!groups) return;
  const paintOf = (cls: number, dimmed: 0 | 1) =>
    part === 'dense'
      ? denseRoutePaint(cls, variant(dimmed, round))
      : routePaint(cls, variant(dimmed, round))[part];
  yield* byClass(g, groups, mapView.routes, paintOf, (i, _, paint) => {
    if (!round.takes('routes', i) || !routeInView(f.world.routes, i, f)) return false;
    traceRoute(g, routePoints(routes, i, f), f);
    if (part !== 'casing') record(hits, ROUTE, i, 0, 0, (paint.stroke?.width ?? 0) / 2 + LINE_TOLERANCE);
    return true;
  });
}

function* drawPoints(
  g: Context2d,
  mapView: MapView,
  f: PixelFrame,
  round: Round,
  [set, part]: ['sites' | 'places' | 'attacks', 'halo' | 'marker'],
  hits: HitList,
) {
  const isSite = set === 'sites';
  const world = isSite ? f.world.sites : f.world.places;
  const style = (cls: number, v: Variant) =>
    set === 'attacks'
      ? { shape: 'circle' as const, marker: attackPaint(0, v), halo: null }
      : (isSite ? sitePaint : placePaint)(cls, v);
  const groups = round.groups(set);
  if (!groups) return;
  const flags = isSite ? mapView.sites : mapView.places;
  const { min, max } = f.bounds;
  yield* byClass(
    g,
    groups,
    flags,
    (cls, dimmed) => style(cls, variant(dimmed, round))[part],
    (i, cls, paint) => {
      if (!round.takes(isSite ? 'sites' : 'places', i)) return false;
      const x = layerX(f, world.x[i] as number) + (isSite ? (mapView.dx[i] ?? 0) : 0);
      const y = layerY(f, world.y[i] as number) + (isSite ? (mapView.dy[i] ?? 0) : 0);
      if (x < min.x || y < min.y || x > max.x || y > max.y) return false;
      const mark = paint as Mark;
      traceMark(g, part === 'halo' ? 'circle' : style(cls, 0).shape, x, y, mark.radius);
      if (part === 'marker') record(hits, isSite ? SITE : PLACE, i, x, y, hitRadius(mark));
      return true;
    },
  );
}

/**
 * Draws the scene as the view model shows it into the frame; `loose` says which sites are drawn
 * one by one (the others stand in clusters; the selected one is drawn wherever it stands).
 * Returns what a click can hit, in draw order. drawScene draws it all at once.
 */
export function* drawSteps(g: Context2d, mapView: MapView, f: PixelFrame, loose: Uint8Array | null) {
  const { scene, layers, selected } = mapView;
  const hits = hitList(scene.routes.ids.length + scene.sites.ids.length + 2 * scene.places.ids.length + 2);
  const rest: Round = {
    groups: (set) => (set === 'attacks' ? scene.places.attacks : scene[set].groups),
    takes: (set, i) =>
      !(selected?.set === set && selected.index === i) && (set !== 'sites' || !loose || loose[i] === 1),
    selected: false,
  };
  const chosen: Round = {
    groups: (set) => {
      const attack = set === 'attacks';
      if (selected?.set !== (attack ? 'places' : set)) return null;
      if (attack && scene.places.attacked[selected.index] !== 1) return null;
      return single(attack ? 0 : (scene[selected.set].cls[selected.index] as number), selected.index);
    },
    takes: () => true,
    selected: true,
  };
  const dense = layers.projects && routesInView(mapView, f, DENSE_ROUTES) > DENSE_ROUTES;
  const shown = { sites: layers.projects, places: layers.places, attacks: layers.conflict };
  function* points(round: Round, sets: readonly ('sites' | 'places' | 'attacks')[], part: 'halo' | 'marker') {
    for (const set of sets) if (shown[set]) yield* drawPoints(g, mapView, f, round, [set, part], hits);
  }
  for (const round of [rest, chosen]) {
    const plain = dense && round === rest;
    if (layers.projects && !plain) yield* drawRoutes(g, mapView, f, round, 'casing', hits);
    yield* points(round, ['sites', 'places'], 'halo');
  }
  if (layers.projects) yield* drawRoutes(g, mapView, f, rest, dense ? 'dense' : 'line', hits);
  yield* points(rest, ['places', 'sites', 'attacks'], 'marker');
  if (layers.projects) yield* drawRoutes(g, mapView, f, chosen, 'line', hits);
  yield* points(chosen, ['attacks', 'places', 'sites'], 'marker');
  return hits;
}

export function drawScene(...args: Parameters<typeof drawSteps>): HitList {
  const steps = drawSteps(...args);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
