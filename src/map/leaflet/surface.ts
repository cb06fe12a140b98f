import * as L from 'leaflet';
import type { Drawn } from '../canvas/codes';
import { type Hit, HitGrid } from '../canvas/hit';
import type { MapView } from '../model/mapView';
import type { Viewport } from '../model/projection';
import type { Scene } from '../model/scene';

/** Fraction of the view drawn beyond each edge, so a drag shows features until it ends. */
export const PADDING = 0.3;

/**
 * One canvas of the feature layer and what it shows: the view it was drawn for, where it sits
 * in layer pixels, and the marks a click can hit there.
 */
export class Surface {
  readonly el = document.createElement('canvas');
  readonly ctx: CanvasRenderingContext2D | null = this.el.getContext('2d');
  view: Viewport | null = null;
  drawn: Drawn | null = null;
  private at: { min: L.Point; center: L.LatLng; zoom: number } | null = null;
  private grid: HitGrid | null = null;
  /** Scaled by a zoom under way: its pixels no longer match the map's. */
  private scaled = false;

  constructor() {
    this.el.className = 'leaflet-zoom-animated';
  }

  /** Sizes, positions and clears the canvas for the map's current view. */
  place(map: L.Map): Viewport | null {
    const size = map.getSize();
    const min = map.containerPointToLayerPoint(size.multiplyBy(-PADDING)).round();
    const width = Math.round(size.x * (1 + 2 * PADDING));
    const height = Math.round(size.y * (1 + 2 * PADDING));
    const dpr = window.devicePixelRatio || 1;
    if (this.el.width !== Math.round(width * dpr) || this.el.height !== Math.round(height * dpr)) {
      this.el.width = Math.round(width * dpr);
      this.el.height = Math.round(height * dpr);
      this.el.style.width = `${width}px`;
      this.el.style.height = `${height}px`;
    }
    L.DomUtil.setPosition(this.el, min);
    const zoom = map.getZoom();
    const origin = map.getPixelOrigin();
    this.at = { min, center: map.getCenter(), zoom };
    this.view = { scale: 2 ** zoom, left: origin.x + min.x, top: origin.y + min.y, width, height };
    this.drawn = null;
    this.grid = null;
    this.scaled = false;
    this.ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.ctx?.clearRect(0, 0, width, height);
    return this.view;
  }

  /** Rasterizes what has been drawn so far, so its cost is paid now rather than at the next frame. */
  flush(): void {
    this.ctx?.getImageData(0, 0, 1, 1);
  }

  /** Scales and moves the canvas to where a view at (center, zoom) puts what it shows. */
  transformTo(map: L.Map, center: L.LatLng, zoom: number): void {
    if (!this.at) return;
    const scale = map.getZoomScale(zoom, this.at.zoom);
    const half = map.getSize().multiplyBy(0.5 + PADDING);
    const pane = map.getPane('mapPane');
    const panePos = pane ? L.DomUtil.getPosition(pane) : L.point(0, 0);
    const origin = map.project(center, zoom).subtract(map.getSize().divideBy(2)).add(panePos).round();
    const topLeft = half.multiplyBy(-scale).add(map.project(this.at.center, zoom)).subtract(origin);
    L.DomUtil.setTransform(this.el, topLeft, scale);
    this.scaled = true;
  }

  /** The feature under the mouse, if this canvas shows the map as it is. */
  hit(map: L.Map, e: MouseEvent, scene: Scene, state: MapView): Hit | null {
    if (this.scaled || !this.at || !this.view || !this.drawn) return null;
    this.grid ??= new HitGrid(scene, state, this.view, this.drawn);
    const p = map.mouseEventToLayerPoint(e).subtract(this.at.min);
    return this.grid.at(p.x, p.y);
  }
}
