import { type MapView, shownAs } from '../model/mapView';
import { ATTACK, type HitList, LINE_TOLERANCE, PLACE, ROUTE, record, SITE } from './codes';
import { attackPaint, hitRadius, placePaint, routePaint, sitePaint, variantOf } from './paint';
import {
  type Context2d,
  layerX,
  layerY,
  type PixelFrame,
  paintPath,
  routePoints,
  traceMark,
  traceRoute,
} from './trace';

/**
 * The selected feature, dark and heavier, drawn even when it stands in a cluster. Its casing or
 * halo goes with the others ('under'); its mark goes on top of everything ('over'), a selected
 * place's attack ring just under its marker.
 */
export function drawSelected(
  g: Context2d,
  mapView: MapView,
  f: PixelFrame,
  layer: 'under' | 'over',
  hits: HitList,
): void {
  const { selected: sel, scene, layers } = mapView;
  if (!sel) return;
  const i = sel.index;
  const shown = shownAs(mapView[sel.set][i]);
  if (shown === -1) return;
  const variant = variantOf(shown === 1, true);
  const hit = (kind: number, x: number, y: number, r: number) => {
    if (layer === 'over') record(hits, kind, i, x, y, r);
  };
  const draw = (paint: Parameters<typeof paintPath>[1], trace: () => void) => {
    g.beginPath();
    trace();
    paintPath(g, paint);
  };

  if (sel.set === 'routes') {
    if (!layers.projects) return;
    const paint = routePaint(scene.routes.cls[i] as number, variant);
    draw(layer === 'under' ? paint.casing : paint.line, () =>
      traceRoute(g, routePoints(scene.routes, i, f), f),
    );
    hit(ROUTE, 0, 0, (paint.line.stroke?.width ?? 0) / 2 + LINE_TOLERANCE);
    return;
  }

  const isSite = sel.set === 'sites';
  if (isSite && !layers.projects) return;
  const set = isSite ? scene.sites : scene.places;
  const at = isSite ? f.world.sites : f.world.places;
  const x = layerX(f, at.x[i] as number) + (isSite ? (mapView.dx[i] ?? 0) : 0);
  const y = layerY(f, at.y[i] as number) + (isSite ? (mapView.dy[i] ?? 0) : 0);
  const cls = set.cls[i] as number;
  const paint = isSite ? sitePaint(cls, variant) : placePaint(cls, variant);
  const placesOn = isSite || layers.places;
  const { halo } = paint;

  if (layer === 'under') {
    if (halo && placesOn) draw(halo, () => traceMark(g, 'circle', x, y, halo.radius));
    return;
  }
  if (!isSite && layers.conflict && scene.places.attacked[i] === 1) {
    const ring = attackPaint(0, variant);
    draw(ring, () => traceMark(g, 'circle', x, y, ring.radius));
    hit(ATTACK, x, y, hitRadius(ring));
  }
  if (!placesOn) return;
  draw(paint.marker, () => traceMark(g, paint.shape, x, y, paint.marker.radius));
  hit(isSite ? SITE : PLACE, x, y, hitRadius(paint.marker));
}
