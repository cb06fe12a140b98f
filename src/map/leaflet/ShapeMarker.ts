import L from 'leaflet';
import type { MarkerShape } from '../styles';

// A canvas circle marker that can also be a diamond (country-level locations) and can sit a few
// pixels off its point (so several country-level markers at one anchor form a ring at any zoom).
// It draws through the canvas renderer's own routines; the fields below are Leaflet internals
// (stable across 1.x) that its types do not declare.

interface CanvasInternals {
  _drawing: boolean;
  _ctx: CanvasRenderingContext2D;
  _fillStroke: (ctx: CanvasRenderingContext2D, layer: L.Path) => void;
  _updateCircle: (layer: L.Path) => void;
}
interface MarkerInternals {
  _map: L.Map | null;
  _point: L.Point;
  _radius: number;
  _renderer: CanvasInternals;
  _empty: () => boolean;
  _updateBounds: () => void;
}

export interface ShapeMarkerOptions extends L.CircleMarkerOptions {
  shape?: MarkerShape;
  /** Screen-pixel offset from the marker's point. */
  offset?: [number, number];
}

export class ShapeMarker extends L.CircleMarker {
  declare options: ShapeMarkerOptions;

  constructor(latlng: L.LatLngExpression, options: ShapeMarkerOptions) {
    super(latlng, options);
  }

  setShape(shape: MarkerShape, offset: [number, number]): this {
    this.options.shape = shape;
    this.options.offset = offset;
    const self = this as unknown as MarkerInternals;
    if (self._map) this.redraw();
    return this;
  }

  protected _project(): void {
    const self = this as unknown as MarkerInternals;
    if (!self._map) return;
    const [dx, dy] = this.options.offset ?? [0, 0];
    self._point = self._map.latLngToLayerPoint(this.getLatLng()).add([dx, dy]);
    self._updateBounds();
  }

  protected _updatePath(): void {
    const self = this as unknown as MarkerInternals;
    const renderer = self._renderer;
    if (this.options.shape !== 'diamond' || !('_ctx' in renderer)) {
      renderer._updateCircle(this);
      return;
    }
    if (!renderer._drawing || self._empty()) return;
    const { x, y } = self._point;
    const r = Math.max(Math.round(self._radius), 1);
    const ctx = renderer._ctx;
    ctx.beginPath();
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
    renderer._fillStroke(ctx, this);
  }
}
