import * as L from 'leaflet';
import type { HitList } from '../canvas/codes';
import { drawSteps } from '../canvas/draw';
import { type Hit, HitGrid } from '../canvas/hit';
import { MARGIN, type PixelFrame } from '../canvas/trace';
import { worldOf } from '../canvas/world';
import { type Cluster, clustererReady, clustersIn } from '../model/clusters';
import type { MapView } from '../model/mapView';
import { afterNextPaint } from './afterNextPaint';
import { finishSlices, inSlices } from './inSlices';

// Every project, place and attack on one canvas: Leaflet's L.Canvas with no Leaflet paths in it.
// Leaflet works out the canvas's extent (the view plus PADDING) after each move, sizes and places
// the canvas, clears it and calls _draw; it scales the canvas while a zoom animates. _draw paints
// the scene from the view model instead of Leaflet's paths, and clicks are hit-tested against what
// it drew: a hit is reported, a miss goes on to the map, which finds the country under it. A new
// view model (filter, selection, layers) is drawn after the next paint, so the click that caused
// it paints without waiting for the canvas's raster; the scene is drawn in slices (inSlices.ts).

/** Fraction of the view drawn beyond each edge, so a drag shows features until it ends. */
export const PADDING = 0.3;

/** The parts of Leaflet's Canvas this layer builds on; Leaflet's typings leave them out. */
interface CanvasParts {
  _ctx: CanvasRenderingContext2D;
  _container: HTMLCanvasElement;
  _bounds?: L.Bounds & { min: L.Point; max: L.Point };
  _zoom: number;
  _update(): void;
  _redraw(): void;
  _fireEvent(layers: false, e: MouseEvent): void;
}
const leafletCanvas = L.Canvas.prototype as unknown as CanvasParts;
type DragHandler = L.Handler & { moved(): boolean; moving(): boolean };
const dragging = (map: L.Map) => map.dragging as DragHandler;

interface Drawn {
  mapView: MapView;
  frame: PixelFrame;
  hits: HitList;
  grid: HitGrid | null;
}

export class FeatureCanvas extends L.Canvas {
  private mapView: MapView | null = null;
  private drawn: Drawn | null = null;
  /** Between a move's start and its end the layer frame is changing; the move's end draws. */
  private moving = false;
  private readonly parts = this as unknown as CanvasParts;

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
    this.redrawSoon();
  }

  /** Redraws after the next paint, unless a move is under way (its end draws) or it is drawn. */
  private redrawSoon(): void {
    afterNextPaint(this, () => {
      if (this._map && !this.moving && this.drawn?.mapView !== this.mapView) this.parts._redraw();
    });
  }

  /** One function for the layer's life: Leaflet removes the layer's events by reference. */
  private readonly onMoveStart = () => {
    this.moving = true;
  };

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { ...super.getEvents?.(), movestart: this.onMoveStart };
  }

  /** Leaflet calls this at a move's end or a view reset: the frame is settled, and is drawn. */
  _update(): void {
    this.moving = false;
    leafletCanvas._update.call(this);
  }

  _draw(): void {
    const { _map: map, mapView } = this;
    const { _bounds: b, _ctx: g, _zoom: zoom } = this.parts;
    if (!map || !mapView || !b) return;
    // Sites are drawn once they can be clustered: never a carpet of them first.
    if (mapView.layers.projects && !clustererReady(() => this.redrawSoon())) return;
    const origin = map.getPixelOrigin();
    const min = b.min.subtract([MARGIN, MARGIN]);
    const max = b.max.add([MARGIN, MARGIN]);
    const bounds = Object.assign(L.bounds(min, max), { min, max });
    const frame: PixelFrame = {
      ...{ scale: map.getZoomScale(zoom, 0), originX: origin.x, originY: origin.y, bounds },
      world: worldOf(mapView.scene),
    };
    const sw = map.layerPointToLatLng(L.point(b.min.x, b.max.y));
    const ne = map.layerPointToLatLng(L.point(b.max.x, b.min.y));
    const box: [number, number, number, number] = [sw.lng, sw.lat, ne.lng, ne.lat];
    const clustered = mapView.layers.projects ? clustersIn(mapView, box, zoom) : null;
    this.drawn = null;
    this.onClusters(clustered?.clusters ?? []);
    inSlices(this, drawSteps(g, mapView, frame, clustered?.loose ?? null), (hits) => {
      this.drawn = { mapView, frame, hits, grid: null };
    });
  }

  private pick(e: MouseEvent): Hit | null {
    if (e.type === 'click') finishSlices(this);
    const { _map: map, drawn } = this;
    if (!map || !drawn || this.moving) return null;
    drawn.grid ??= new HitGrid(drawn.mapView.scene, drawn.frame, drawn.hits);
    return drawn.grid.at(map.mouseEventToLayerPoint(e));
  }

  /** Leaflet's Canvas keeps the map from seeing its mouse events; a miss hands one on. */
  _onClick(e: MouseEvent): void {
    const hit = this._map && e.type === 'click' && !dragging(this._map).moved() ? this.pick(e) : null;
    if (hit) this.onPick(hit);
    else this.parts._fireEvent(false, e);
  }

  _onMouseMove(e: MouseEvent): void {
    if (!this._map || dragging(this._map).moving()) return;
    this.parts._container.style.cursor = this.pick(e) ? 'pointer' : '';
    this.parts._fireEvent(false, e);
  }
}
