import type Supercluster from 'supercluster';
import { type FilterView, VISIBLE } from './mapView';
import type { Scene } from './scene';

// Sites grouped into clusters at low zoom, by supercluster (Leaflet's author's point clustering,
// a static k-d tree per zoom: 10,000 points load in milliseconds and a view's clusters come back
// in well under one). One index per filter view, built from the sites the map shows, so the filter
// updates the clusters; routes are never clustered. Pure: the canvas draws the loose sites and
// the map shows a numbered marker for each cluster.

/** Screen pixels within which sites merge into one cluster. */
export const CLUSTER_RADIUS = 48;
/**
 * The last zoom that clusters (the map goes to 9). Many projects share a town's position exactly;
 * above this they are drawn one by one, as today, rather than held in a cluster for ever.
 */
export const CLUSTER_MAX_ZOOM = 8;

interface SiteProps {
  site: number;
}
type SiteIndex = Supercluster<SiteProps, Record<never, never>>;

export interface Cluster {
  id: number;
  lon: number;
  lat: number;
  /** How many projects it holds. */
  count: number;
  /** The zoom at which it splits. */
  zoomTo: number;
}

export interface SiteClusters {
  clusters: Cluster[];
  /** 1 for each site drawn on its own in this view; a site in a cluster has 0. */
  loose: Uint8Array;
}

/**
 * The two indexes used last, with the flags they were built from. A country pressed and then released
 * gives back a view whose sites the index before last holds: building it again took 120 ms of
 * the draw at the move's end at 10,000 projects (CPU profile of a 10k build, load average 11).
 */
const recent: { scene: Scene; flags: Uint8Array; index: SiteIndex }[] = [];
const sameSites = (a: Uint8Array, b: Uint8Array) =>
  a === b ||
  (a.length === b.length && a.every((flag, i) => (flag & VISIBLE) === ((b[i] as number) & VISIBLE)));

/**
 * supercluster arrives on first use, in a chunk of its own (about 4 KB gzip), so the map's chunk
 * stays within the first view's size budget. Resolves once it has loaded.
 */
let Clusterer: typeof Supercluster | null = null;
export const loadClusterer = (): Promise<void> =>
  import('supercluster').then((module) => {
    Clusterer = module.default;
  });
/** Whether sites can be clustered now; if not, loads supercluster and calls `then` once it has. */
export function clustererReady(then: () => void): boolean {
  if (!Clusterer) void loadClusterer().then(then);
  return Clusterer !== null;
}

/** The clustering index of the sites a filter view shows: built once per filter view. */
function siteIndex(view: FilterView, Make: typeof Supercluster): SiteIndex {
  const at = recent.findIndex((r) => r.scene === view.scene && sameSites(r.flags, view.sites));
  const known = recent.splice(at, at === -1 ? 0 : 1)[0];
  if (known) {
    // Latest first: pressing other countries in turn keeps the index of every project.
    recent.unshift(known);
    return known.index;
  }
  const { source, sites } = view.scene;
  const points: GeoJSON.Feature<GeoJSON.Point, SiteProps>[] = [];
  view.sites.forEach((flag, site) => {
    const geometry = source.projects[sites.source[site] as number]?.geometry;
    if (flag & VISIBLE && geometry?.type === 'Point')
      points.push({ type: 'Feature', geometry, properties: { site } });
  });
  const index: SiteIndex = new Make<SiteProps, Record<never, never>>({
    radius: CLUSTER_RADIUS,
    extent: 256,
    maxZoom: CLUSTER_MAX_ZOOM,
  }).load(points);
  recent.unshift({ scene: view.scene, flags: view.sites, index });
  recent.length = Math.min(recent.length, 2);
  return index;
}

/**
 * The clusters and loose sites within [west, south, east, north] (clamped to the Mercator world)
 * at a map zoom; null until supercluster has loaded (loadClusterer).
 */
export function clustersIn(
  view: FilterView,
  bbox: [number, number, number, number],
  zoom: number,
): SiteClusters | null {
  if (!Clusterer) return null;
  const index = siteIndex(view, Clusterer);
  const loose = new Uint8Array(view.sites.length);
  const clusters: Cluster[] = [];
  const [west, south, east, north] = bbox;
  const box = [Math.max(-180, west), Math.max(-85, south), Math.min(180, east), Math.min(85, north)];
  for (const f of index.getClusters(box as typeof bbox, Math.floor(zoom))) {
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    if ('cluster_id' in f.properties) {
      const id = f.properties.cluster_id;
      clusters.push({
        id,
        lon,
        lat,
        count: f.properties.point_count,
        zoomTo: index.getClusterExpansionZoom(id),
      });
    } else loose[f.properties.site] = 1;
  }
  return { clusters, loose };
}
