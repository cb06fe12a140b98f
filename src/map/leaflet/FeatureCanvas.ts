import * as L from 'leaflet';
import type { HitList } from '../canvas/codes';
import { drawScene } from '../canvas/draw';
import { type Hit, HitGrid } from '../canvas/hit';
import { MARGIN, type PixelFrame } from '../canvas/trace';
import { worldOf } from '../canvas/world';
import { type Cluster, clustersIn } from '../model/clusters';
import type { MapView } from '../model/mapView';

// Every project, place and attack on one canvas: Leaflet's own canvas renderer, with no Leaflet
// paths in it. Leaflet sizes and places the canvas (the view plus PADDING), clears it and sets
// its transform to layer pixels after each move, and scales it while a zoom animates; each time
// it has done so ('update') the scene is drawn from the view model. A new view model (filter,
// selection, layers) is drawn after the next paint, so the click that caused it paints without
// waiting for the canvas's raster. Clicks are hit-tested here: a hit is reported; a miss goes on
// to the map as Leaflet's renderer sends it, where the country under it is found.

/** Fraction of the view drawn beyond each edge, so a drag shows features until it ends. */
export const PADDING = 0.3;

/** The parts of Leaflet's canvas renderer this layer builds on; Leaflet's typings leave them out. */
interface RendererParts {
  _ctx: CanvasRenderingContext2D;
  _container: HTMLCanvasElement;
  _bounds?: L.Bounds;
  _onClick(e: MouseEvent): void;
}
const parts = (r: L.Canvas) => r as unknown as RendererParts;
const leafletCanvas = L.Canvas.prototype as unknown as RendererParts;

type DragHandler = L.Handler & { moved?: () => boolean; moving?: () => boolean };

interface Drawn {
  mapView: MapView;
  frame: PixelFrame;
  hits: HitList;
  grid: HitGrid | null;
}

export class FeatureCanvas extends L.Canvas {
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
    this.on('update', this.draw, this);
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
    // Registered before the renderer's own 'moveend' (added after onAdd), so it runs first.
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

  /** Leaflet's renderer would clear the canvas after 'update' to redraw its own paths: it has none. */
  _updatePaths(): void {}

  private draw(): void {
    const map = this._map;
    const { _ctx: g, _container: canvas, _bounds: b } = parts(this);
    if (!map || !this.mapView || !b?.min || !b.max || this.moving) return;
    g.save();
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, canvas.width, canvas.height);
    g.restore();
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
    drawn.grid ??= new HitGrid(drawn.mapView, drawn.frame, drawn.hits);
    return drawn.grid.at(map.mouseEventToLayerPoint(e));
  }

  _onClick(e: MouseEvent): void {
    const dragged = (this._map?.dragging as DragHandler | undefined)?.moved?.();
    const hit = e.type === 'click' && !dragged ? this.pick(e) : null;
    if (!hit) {
      leafletCanvas._onClick.call(this, e);
      return;
    }
    L.DomEvent.stopPropagation(e);
    this.onPick(hit);
  }

  _onMouseMove(e: MouseEvent): void {
    const dragging = (this._map?.dragging as DragHandler | undefined)?.moving?.() ?? false;
    parts(this)._container.style.cursor = !dragging && this.pick(e) ? 'pointer' : '';
  }
}
