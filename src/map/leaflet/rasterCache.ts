import type { HitList } from '../canvas/codes';
import type { Cluster } from '../model/clusters';
import type { MapView } from '../model/mapView';

// The canvas as last drawn for the two latest views, so a country pressed and then released (or
// pressed again) at a frame already drawn is copied back rather than drawn again: the draw that
// ends the move back to every project is the one that draws all of them. Counted apart from the
// map's canvas code (docs/BENCHMARKS.md, "Map of thousands"): it is the speed work of issue 19.

interface Raster {
  /** The frame, layers and selection it was drawn for. */
  key: string;
  mapView: MapView;
  copy: HTMLCanvasElement;
  hits: HitList;
  clusters: Cluster[];
}

/** Same items kept, dimmed and shown: the same drawing, whichever filter made the view. */
const sameFlags = (a: MapView, b: MapView) =>
  a === b ||
  (a.scene === b.scene &&
    (['routes', 'sites', 'places'] as const).every((set) => a[set].every((flag, i) => flag === b[set][i])));

export class RasterCache {
  private readonly rasters: Raster[] = [];

  /** The raster drawn for this view model at this frame key, if one of the latest two was. */
  find(key: string, mapView: MapView): Raster | null {
    return this.rasters.find((r) => r.key === key && sameFlags(r.mapView, mapView)) ?? null;
  }

  keep(raster: Omit<Raster, 'copy'>, canvas: HTMLCanvasElement): void {
    const old = this.rasters.length < 2 ? null : (this.rasters.pop() as Raster);
    const copy = old?.copy ?? document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    copy.getContext('2d')?.drawImage(canvas, 0, 0);
    this.rasters.unshift({ ...raster, copy });
  }
}
