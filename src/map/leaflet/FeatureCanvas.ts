import * as L from 'leaflet';
import { drawScene, emptyDrawn, planScene } from '../canvas/draw';
import type { Hit } from '../canvas/hit';
import type { MapView } from '../model/mapView';
import { Surface } from './surface';

// Every project, place and attack on one canvas: one Leaflet layer however many features there
// are. Like Leaflet's canvas renderer it covers the view plus a margin and is scaled by a CSS
// transform while a zoom animates. A filter, selection or layer change redraws at once. After a
// move the next view is drawn on a second canvas over several short tasks, each rasterizing its
// share, and then takes the first one's place: no task rasterizes 10 000 features at once.
// Clicks are hit-tested here: a hit is stopped and reported; a miss bubbles on to the map.

/** Target length of one drawing task, in milliseconds. */
const TASK_MS = 12;
/** Drawing time after which what was drawn is rasterized before drawing more. */
const FLUSH_MS = 1;

type DragHandler = L.Handler & { moved?: () => boolean; moving?: () => boolean };

export class FeatureCanvas extends L.Layer {
  private front = new Surface();
  private back = new Surface();
  private view: MapView | null = null;
  private zooming = false;
  private cancelSoon: (() => void) | null = null;

  constructor(
    private readonly onPick: (hit: Hit) => void,
    pane: string,
  ) {
    super();
    L.Util.setOptions(this, { pane });
  }

  /** A new view model (features, filter, selection or layers): redrawn at once, no geometry rebuilt. */
  update(view: MapView): void {
    this.view = view;
    this.drawNow();
  }

  override onAdd(map: L.Map): this {
    for (const el of [this.front.el, this.back.el]) {
      el.addEventListener('click', this.onClick);
      el.addEventListener('mousemove', this.onMove);
      el.addEventListener('mouseout', this.onOut);
    }
    this.getPane()?.appendChild(this.front.el);
    map.on(this.events);
    this.drawNow();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off(this.events);
    this.stopSoon();
    this.front.el.remove();
    return this;
  }

  private readonly events = {
    viewreset: () => this.drawSoon(),
    moveend: () => this.drawSoon(),
    resize: () => this.drawSoon(),
    zoom: () => this.transform(this._map?.getCenter(), this._map?.getZoom()),
    zoomanim: (e: L.LeafletEvent) => {
      this.zooming = true;
      this.stopSoon();
      const { center, zoom } = e as L.ZoomAnimEvent;
      this.transform(center, zoom);
    },
    zoomend: () => {
      this.zooming = false;
    },
  };

  private transform(center: L.LatLng | undefined, zoom: number | undefined) {
    if (this._map && center && zoom !== undefined) this.front.transformTo(this._map, center, zoom);
  }

  private drawNow(): void {
    this.stopSoon();
    const map = this._map;
    // Mid-animation the layer frame is about to change; the move's end draws.
    if (!map || this.zooming) return;
    const view = this.front.place(map);
    const { ctx } = this.front;
    if (!view || !ctx || !this.view) return;
    this.front.drawn = drawScene(ctx, this.view.scene, this.view, view);
  }

  private drawSoon(): void {
    this.stopSoon();
    const map = this._map;
    const { view: state, back } = this;
    if (!map || this.zooming || !state) return;
    // Nothing on screen yet (the data came in mid-zoom): better all at once than blank meanwhile.
    if (!this.front.drawn) {
      this.drawNow();
      return;
    }
    const view = back.place(map);
    const { ctx } = back;
    if (!view || !ctx) return;
    const jobs = planScene(state.scene, state, view);
    const drawn = emptyDrawn(state.scene);
    let next = 0;
    const channel = new MessageChannel();
    const step = () => {
      const start = performance.now();
      let flushed = start;
      // Rasterizing as it goes keeps the task's real cost in view; a job that drew little (its
      // features filtered out or off screen) is not worth a flush of its own.
      while (next < jobs.length && performance.now() - start < TASK_MS) {
        jobs[next++]?.(ctx, drawn);
        if (performance.now() - flushed < FLUSH_MS) continue;
        back.flush();
        flushed = performance.now();
      }
      back.flush();
      if (next < jobs.length) return channel.port2.postMessage(null);
      back.drawn = drawn;
      this.front.el.replaceWith(back.el);
      [this.front, this.back] = [back, this.front];
      this.stopSoon();
    };
    channel.port1.onmessage = step;
    this.cancelSoon = () => channel.port1.close();
    channel.port2.postMessage(null);
  }

  private stopSoon() {
    this.cancelSoon?.();
    this.cancelSoon = null;
  }

  private pick(e: MouseEvent): Hit | null {
    const map = this._map;
    if (!map || this.zooming || !this.view) return null;
    return this.front.hit(map, e, this.view.scene, this.view);
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
    this.front.el.style.cursor = !dragging && this.pick(e) ? 'pointer' : '';
  };

  private readonly onOut = () => {
    this.front.el.style.cursor = '';
  };
}
