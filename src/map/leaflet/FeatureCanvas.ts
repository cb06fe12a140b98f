import * as L from 'leaflet';
import type { HitList } from '../canvas/codes';
import { drawScene } from '../canvas/draw';
import { type Hit, HitGrid } from '../canvas/hit';
import { MARGIN, type PixelFrame } from '../canvas/trace';
import { worldOf } from '../canvas/world';
import { type Cluster, clustererLoaded, clustersIn, loadClusterer } from '../model/clusters';
import type { MapView } from '../model/mapView';

// Every project, place and attack on one canvas, as a Leaflet renderer with no Leaflet paths in
// it: Leaflet's Renderer works out the canvas's extent (the view plus PADDING) after each move and
// scales it while a zoom animates; after each move the canvas is sized to that extent and the
// scene drawn from the view model. (Leaflet's L.Canvas sizes a canvas too, but then clears it
// after every update to redraw its own paths, and routes clicks through its path hit-tests: both
// would need overriding. The bundle is the same either way: 55.2 against 55.0 KB gzip.) A new view model (filter, selection, layers) is drawn after the
// next paint, so the click that caused it paints without waiting for the canvas's raster. Clicks
// are hit-tested here: a hit is reported and stopped; a miss goes on to the map, which finds the
// country under it.

/** Fraction of the view drawn beyond each edge, so a drag shows features until it ends. */
export const PADDING = 0.3;

/** The parts of Leaflet's Renderer this layer builds on; Leaflet's typings leave them out. */
interface RendererParts {
  _container: HTMLCanvasElement;
  _bounds?: L.Bounds;
  _update(): void;
}
const parts = (r: L.Renderer) => r as unknown as RendererParts;
const leafletRenderer = L.Renderer.prototype as unknown as RendererParts;

type DragHandler = L.Handler & { moved?: () => boolean; moving?: () => boolean };

interface Drawn {
  mapView: MapView;
  frame: PixelFrame;
  hits: HitList;
  grid: HitGrid | null;
}

export class FeatureCanvas extends L.Renderer {
  private readonly canvas = document.createElement('canvas');
  private mapView: MapView | null = null;
  private drawn: Drawn | null = null;
  private pending = false;
  /** Between a move's start and its end the layer frame is changing; the move's end draws. */
  private moving = false;

  constructor(
    private readonly onPick: (hit: Hit) => void,
    private readonly onClusters: (clusters: Cluster[]) => void,
    pane: string,
  ) {
    super({ pane, padding: PADDING });
  }

  /** A new view model: drawn after the next paint, no geometry rebuilt. */
  update(mapView: MapView): void {
    this.mapView = mapView;
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        this.pending = false;
        this.draw();
      };
      channel.port2.postMessage(null);
    });
  }

  override onAdd(map: L.Map): this {
    map.on(this.moves);
    return super.onAdd(map);
  }

  override onRemove(map: L.Map): this {
    map.off(this.moves);
    return super.onRemove(map);
  }

  private readonly moves = {
    movestart: () => {
      this.moving = true;
    },
    moveend: () => {
      this.moving = false;
    },
  };

  _initContainer(): void {
    parts(this)._container = this.canvas;
    this.canvas.addEventListener('click', this.onClick);
    this.canvas.addEventListener('mousemove', this.onMove);
  }

  _destroyContainer(): void {
    this.canvas.remove();
  }

  /** After each move: Leaflet's extent, the canvas sized and placed to it, the scene drawn. */
  _update(): void {
    leafletRenderer._update.call(this);
    const b = parts(this)._bounds;
    if (!b?.min || !b.max) return;
    const size = b.getSize();
    const dpr = window.devicePixelRatio || 1;
    L.DomUtil.setPosition(this.canvas, b.min);
    this.canvas.width = Math.round(size.x * dpr);
    this.canvas.height = Math.round(size.y * dpr);
    this.canvas.style.width = `${size.x}px`;
    this.canvas.style.height = `${size.y}px`;
    // Leaflet calls this at a move's end (its 'moveend' handler runs before ours) or a view reset:
    // the frame is settled either way.
    this.moving = false;
    this.draw();
  }

  private draw(): void {
    const map = this._map;
    const b = parts(this)._bounds;
    const g = this.canvas.getContext('2d');
    if (!map || !g || !this.mapView || !b?.min || !b.max || this.moving) return;
    // Sites are drawn once they can be clustered: never a carpet of them first.
    if (this.mapView.layers.projects && !clustererLoaded()) {
      const waiting = this.mapView;
      void loadClusterer().then(() => this.update(this.mapView ?? waiting));
      return;
    }
    const dpr = window.devicePixelRatio || 1;
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, this.canvas.width, this.canvas.height);
    // Layer pixels from here on, as Leaflet's canvas renderer draws.
    g.setTransform(dpr, 0, 0, dpr, -b.min.x * dpr, -b.min.y * dpr);
    const zoom = map.getZoom();
    const origin = map.getPixelOrigin();
    const min = b.min.subtract([MARGIN, MARGIN]);
    const max = b.max.add([MARGIN, MARGIN]);
    const bounds = Object.assign(L.bounds(min, max), { min, max });
    const frame: PixelFrame = {
      ...{ scale: map.getZoomScale(zoom, 0), originX: origin.x, originY: origin.y, bounds },
      world: worldOf(this.mapView.scene),
    };
    const sw = map.layerPointToLatLng(L.point(b.min.x, b.max.y));
    const ne = map.layerPointToLatLng(L.point(b.max.x, b.min.y));
    const box: [number, number, number, number] = [
      Math.max(-180, sw.lng),
      Math.max(-85, sw.lat),
      Math.min(180, ne.lng),
      Math.min(85, ne.lat),
    ];
    const clustered = this.mapView.layers.projects ? clustersIn(this.mapView, box, zoom) : null;
    const hits = drawScene(g, this.mapView, frame, clustered?.loose ?? null);
    this.drawn = { mapView: this.mapView, frame, hits, grid: null };
    this.onClusters(clustered?.clusters ?? []);
  }

  private pick(e: MouseEvent): Hit | null {
    const { _map: map, drawn } = this;
    if (!map || !drawn || this.moving) return null;
    drawn.grid ??= new HitGrid(drawn.mapView.scene, drawn.frame, drawn.hits);
    return drawn.grid.at(map.mouseEventToLayerPoint(e));
  }

  private readonly onClick = (e: MouseEvent) => {
    if ((this._map?.dragging as DragHandler | undefined)?.moved?.()) return;
    const hit = this.pick(e);
    if (!hit) return;
    L.DomEvent.stopPropagation(e);
    this.onPick(hit);
  };

  private readonly onMove = (e: MouseEvent) => {
    const dragging = (this._map?.dragging as DragHandler | undefined)?.moving?.() ?? false;
    this.canvas.style.cursor = !dragging && this.pick(e) ? 'pointer' : '';
  };
}
