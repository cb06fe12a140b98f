import type Supercluster from 'supercluster';
import { type FilterView, VISIBLE } from './mapView';

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

const indexes = new WeakMap<Uint8Array, SiteIndex>();

/**
 * supercluster arrives on first use, in a chunk of its own (about 4 KB gzip), so the map's chunk
 * stays within the first view's size budget. Resolves once it has loaded.
 */
let Clusterer: typeof Supercluster | null = null;
export const loadClusterer = (): Promise<void> =>
  import('supercluster').then((module) => {
    Clusterer = module.default;
  });
export const clustererLoaded = (): boolean => Clusterer !== null;

/** The clustering index of the sites a filter view shows: built once per filter view. */
function siteIndex(view: FilterView, Make: typeof Supercluster): SiteIndex {
  const known = indexes.get(view.sites);
  if (known) return known;
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
  indexes.set(view.sites, index);
  return index;
}

/**
 * The clusters and loose sites within [west, south, east, north] at a map zoom; null until
 * supercluster has loaded (loadClusterer).
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
  for (const f of index.getClusters(bbox, Math.floor(zoom))) {
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
