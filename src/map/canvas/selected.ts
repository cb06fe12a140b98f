import { type MapView, shownAs } from '../model/mapView';
import { toCanvasX, toCanvasY, type Viewport } from '../model/projection';
import type { Scene } from '../model/scene';
import { ATTACK, codeOf, type Drawn, PLACE, ROUTE, SITE } from './codes';
import { attackPaint, placePaint, routePaint, sitePaint, variantOf } from './paint';
import { type Ctx, MARGIN, paintPath, traceMark, traceRoute } from './trace';

/**
 * The selected feature, dark and heavier. Its casing or halo goes with the others ('under'); its
 * mark goes on top of everything ('over'), a selected place's attack ring just under its marker.
 */
export function drawSelected(
  ctx: Ctx,
  scene: Scene,
  state: MapView,
  v: Viewport,
  layer: 'under' | 'over',
  drawn: Drawn,
): void {
  const sel = state.selected;
  if (!sel) return;
  const i = sel.index;
  const shown = shownAs(state[sel.set][i]);
  if (shown === -1) return;
  const variant = variantOf(shown === 1, true);
  const record = (kind: number) => {
    if (layer === 'over') drawn.codes[drawn.count++] = codeOf(kind, i);
  };

  if (sel.set === 'routes') {
    if (!state.layers.projects) return;
    const paint = routePaint(scene.routes.cls[i] as number, variant);
    ctx.beginPath();
    traceRoute(ctx, scene.routes, i, v, MARGIN);
    paintPath(ctx, layer === 'under' ? paint.casing : paint.line);
    record(ROUTE);
    return;
  }

  const set = sel.set === 'sites' ? scene.sites : scene.places;
  const x = toCanvasX(v, set.x[i] as number) + (sel.set === 'sites' ? (state.dx[i] ?? 0) : 0);
  const y = toCanvasY(v, set.y[i] as number) + (sel.set === 'sites' ? (state.dy[i] ?? 0) : 0);
  const cls = set.cls[i] as number;
  if (sel.set === 'sites' && !state.layers.projects) return;
  const paint = sel.set === 'sites' ? sitePaint(cls, variant) : placePaint(cls, variant);
  const placesOn = sel.set === 'sites' || state.layers.places;

  if (layer === 'under') {
    if (!paint.halo || !placesOn) return;
    ctx.beginPath();
    traceMark(ctx, 'circle', x, y, paint.halo.radius);
    paintPath(ctx, paint.halo);
    return;
  }
  if (sel.set === 'places' && state.layers.conflict && scene.places.attacked[i] === 1) {
    const ring = attackPaint(0, variant);
    ctx.beginPath();
    traceMark(ctx, 'circle', x, y, ring.radius);
    paintPath(ctx, ring);
    record(ATTACK);
  }
  if (!placesOn) return;
  ctx.beginPath();
  traceMark(ctx, paint.shape, x, y, paint.marker.radius);
  paintPath(ctx, paint.marker);
  record(sel.set === 'sites' ? SITE : PLACE);
}
