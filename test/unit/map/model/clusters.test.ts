// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CLUSTER_MAX_ZOOM,
  clustersIn as clustersOrNull,
  loadClusterer,
} from '../../../../src/map/model/clusters';
import { buildScene } from '../../../../src/map/model/scene';
import { ALL_LAYERS, direct, site, viewOf } from '../canvas/fixtures';

const near = [site('a', [69.2, 41.3]), site('b', [69.3, 41.35]), site('c', [69.25, 41.2])];
const far = site('far', [44.8, 41.7]);
const projects = [...near, far];
const scene = buildScene(projects, []);
const world: [number, number, number, number] = [-180, -85, 180, 85];
const view = (kept = projects) =>
  viewOf(scene, { projects: direct(kept), places: [], selection: null, layers: ALL_LAYERS });

const clustersIn = (...args: Parameters<typeof clustersOrNull>) => {
  const found = clustersOrNull(...args);
  if (!found) throw new Error('supercluster has not loaded');
  return found;
};

beforeAll(loadClusterer);

describe('clustersIn', () => {
  it('groups nearby sites at low zoom and counts them; a lone site stays loose', () => {
    const { clusters, loose } = clustersIn(view(), world, 4);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.count).toBe(3);
    expect(clusters[0]?.zoomTo).toBeGreaterThan(4);
    expect([...loose]).toEqual([0, 0, 0, 1]);
  });

  it('splits every cluster above the last clustering zoom', () => {
    const { clusters, loose } = clustersIn(view(), world, CLUSTER_MAX_ZOOM + 1);
    expect(clusters).toEqual([]);
    expect([...loose]).toEqual([1, 1, 1, 1]);
  });

  it('counts only what the filter keeps', () => {
    const { clusters, loose } = clustersIn(
      view([near[0], near[1], far].filter((p) => p !== undefined)),
      world,
      4,
    );
    expect(clusters.map((c) => c.count)).toEqual([2]);
    expect([...loose]).toEqual([0, 0, 0, 1]);
  });

  it('counts what each filter keeps as it is pressed and released, index kept or not', () => {
    const some = [near[0], near[1], far].filter((p) => p !== undefined);
    const one = [far];
    const counts = [view(), view(some), view(), view(one), view(some), view()].map((v) =>
      clustersIn(v, world, 4).clusters.map((c) => c.count),
    );
    expect(counts).toEqual([[3], [2], [3], [], [2], [3]]);
  });

  it('leaves out clusters outside the view', () => {
    expect(clustersIn(view(), [0, 0, 10, 10], 4).clusters).toEqual([]);
  });
});
