// @vitest-environment jsdom
import * as L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { drawScene } from '../../../../src/map/canvas/draw';
import { HitGrid } from '../../../../src/map/canvas/hit';
import { buildScene } from '../../../../src/map/model/scene';
import {
  ALL_LAYERS,
  direct,
  frameAt,
  pixelAt,
  place,
  recordingContext,
  route,
  site,
  viewOf,
} from './fixtures';

const projects = [
  route('r1', [
    [60, 45],
    [75, 45],
  ]),
  site('s1', [65, 45]),
  site('s2', [70, 40]),
];
const places = [place('p1', [72, 42], true)];
const scene = buildScene(projects, places);
const frame = frameAt(scene, 55, 55, 1000, 700);

function grid(selection: { kind: 'project' | 'place'; id: string } | null = null) {
  const state = viewOf(scene, {
    projects: direct(projects),
    places: direct(places),
    selection,
    layers: ALL_LAYERS,
  });
  return new HitGrid(scene, frame, drawScene(recordingContext().g, state, frame, null));
}
const at = (lon: number, lat: number) => {
  const [x, y] = pixelAt(frame, lon, lat);
  return { x, y };
};

describe('HitGrid', () => {
  it('finds a route within a few pixels of its line, and nothing further away', () => {
    const p = at(62, 45);
    expect(grid().at(L.point(p.x, p.y + 5))).toEqual({ set: 'routes', index: 0 });
    expect(grid().at(L.point(p.x, p.y + 9))).toBeNull();
  });

  it('returns the mark on top: a site over the route under it', () => {
    const p = at(65, 45);
    expect(grid().at(L.point(p.x, p.y))).toEqual({ set: 'sites', index: 0 });
  });

  it('hits a point within its drawn radius only', () => {
    const p = at(70, 40);
    expect(grid().at(L.point(p.x + 7, p.y))).toEqual({ set: 'sites', index: 1 });
    expect(grid().at(L.point(p.x + 10, p.y))).toBeNull();
  });

  it('hits a place through its attack ring, which is wider than its marker', () => {
    const p = at(72, 42);
    expect(grid().at(L.point(p.x, p.y))).toEqual({ set: 'places', index: 0 });
    expect(grid().at(L.point(p.x + 12, p.y))).toEqual({ set: 'places', index: 0 });
  });

  it('follows a country-level ring offset', () => {
    const p = at(70, 40);
    // Two country-level sites on one anchor: the view model spreads them in a ring.
    const ringed = [
      site('c1', [70, 40], { precision: 'country-level' }),
      site('c2', [70, 40], { precision: 'country-level' }),
    ];
    const ringScene = buildScene(ringed, []);
    const state = viewOf(ringScene, {
      projects: direct(ringed),
      places: [],
      selection: null,
      layers: ALL_LAYERS,
    });
    const ringFrame = frameAt(ringScene, 55, 55, 1000, 700);
    const moved = new HitGrid(ringScene, ringFrame, drawScene(recordingContext().g, state, ringFrame, null));
    const [dx = 0, dy = 0] = [state.dx[1], state.dy[1]];
    expect(Math.hypot(dx, dy)).toBeGreaterThan(10);
    expect(moved.at(L.point(p.x + dx, p.y + dy))).toEqual({ set: 'sites', index: 1 });
  });
});
