import L from 'leaflet';
import type { Drawn } from '../canvas/codes';
import { drawScene } from '../canvas/draw';
import { type Hit, HitGrid } from '../canvas/hit';
import type { Viewport } from '../canvas/projection';
import type { Scene } from '../canvas/scene';
import type { SceneState } from '../canvas/state';

// One canvas drawing every project, place and attack: one Leaflet layer however many features
// there are. Like Leaflet's own canvas renderer it covers the view plus a margin, redraws when a
// move ends, and is scaled by a CSS transform while a zoom animates. Clicks are hit-tested here:
// a hit is stopped and reported; a miss bubbles on to the map (whose click finds the country).

/** Fraction of the view drawn beyond each edge, so a drag shows features until it ends. */
const PADDING = 0.3;

type DragHandler = L.Handler & { moved?: () => boolean; moving?: () => boolean };

export class FeatureCanvas extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private scene: Scene | null = null;
  private state: SceneState | null = null;
  private drawn: Drawn | null = null;
  private grid: HitGrid | null = null;
  private view: Viewport | null = null;
  /** Where the canvas sits in layer pixels, and the view it was drawn for. */
  private at: { min: L.Point; center: L.LatLng; zoom: number } | null = null;
  private zooming = false;
  private scaled = false;

  constructor(
    private readonly onPick: (hit: Hit) => void,
    pane: string,
  ) {
    super({ pane });
  }

  /** New features, filter, selection or layers: redrawn at once, no geometry rebuilt. */
  update(scene: Scene, state: SceneState): void {
    this.scene = scene;
    this.state = state;
    this.redraw();
  }

  override onAdd(map: L.Map): this {
    const canvas = document.createElement('canvas');
    canvas.className = 'leaflet-zoom-animated cr-feature-canvas';
    canvas.addEventListener('click', this.onClick);
    canvas.addEventListener('mousemove', this.onMove);
    canvas.addEventListener('mouseout', this.onOut);
    this.canvas = canvas;
    this.getPane()?.appendChild(canvas);
    map.on(this.events);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off(this.events);
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  private readonly events = {
    viewreset: () => this.redraw(),
    moveend: () => this.redraw(),
    resize: () => this.redraw(),
    zoom: () => this.onZoom(),
    zoomanim: (e: L.LeafletEvent) => this.onAnimZoom(e as L.ZoomAnimEvent),
    zoomend: () => {
      this.zooming = false;
    },
  };

  redraw(): void {
    const map = this._map;
    const canvas = this.canvas;
    // Mid-animation the layer frame is about to change; the move's end redraws.
    if (!map || !canvas || this.zooming) return;
    const size = map.getSize();
    const min = map.containerPointToLayerPoint(size.multiplyBy(-PADDING)).round();
    const width = Math.round(size.x * (1 + 2 * PADDING));
    const height = Math.round(size.y * (1 + 2 * PADDING));
    const zoom = map.getZoom();
    const origin = map.getPixelOrigin();
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    L.DomUtil.setPosition(canvas, min);
    this.scaled = false;
    this.at = { min, center: map.getCenter(), zoom };
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    this.view = { scale: 2 ** zoom, left: origin.x + min.x, top: origin.y + min.y, width, height };
    this.grid = null;
    this.drawn = this.scene && this.state ? drawScene(ctx, this.scene, this.state, this.view) : null;
  }

  /** Scales and moves the drawn canvas to where a view at (center, zoom) would put it. */
  private transformTo(center: L.LatLng, zoom: number) {
    const map = this._map;
    if (!map || !this.canvas || !this.at) return;
    const scale = map.getZoomScale(zoom, this.at.zoom);
    const half = map.getSize().multiplyBy(0.5 + PADDING);
    const pane = map.getPane('mapPane');
    const panePos = pane ? L.DomUtil.getPosition(pane) : L.point(0, 0);
    const newOrigin = map.project(center, zoom).subtract(map.getSize().divideBy(2)).add(panePos).round();
    const topLeft = half.multiplyBy(-scale).add(map.project(this.at.center, zoom)).subtract(newOrigin);
    L.DomUtil.setTransform(this.canvas, topLeft, scale);
    this.scaled = true;
  }

  private onZoom() {
    const map = this._map;
    if (map) this.transformTo(map.getCenter(), map.getZoom());
  }

  private onAnimZoom(e: L.ZoomAnimEvent) {
    this.zooming = true;
    this.transformTo(e.center, e.zoom);
  }

  private pick(e: MouseEvent): Hit | null {
    const map = this._map;
    if (!map || this.zooming || this.scaled || !this.at || !this.drawn) return null;
    if (!this.scene || !this.state || !this.view) return null;
    this.grid ??= new HitGrid(this.scene, this.state, this.view, this.drawn);
    const p = map.mouseEventToLayerPoint(e).subtract(this.at.min);
    return this.grid.at(p.x, p.y);
  }

  private readonly onClick = (e: MouseEvent) => {
    if ((this._map?.dragging as DragHandler | undefined)?.moved?.()) return;
    const hit = this.pick(e);
    if (!hit) return;
    L.DomEvent.stopPropagation(e);
    this.onPick(hit);
  };

  private readonly onMove = (e: MouseEvent) => {
    if (!this.canvas) return;
    const dragging = (this._map?.dragging as DragHandler | undefined)?.moving?.() ?? false;
    this.canvas.style.cursor = !dragging && this.pick(e) ? 'pointer' : '';
  };

  private readonly onOut = () => {
    if (this.canvas) this.canvas.style.cursor = '';
  };
}
