import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../../src/map/canvas/scene';
import { HIDDEN, REGIONAL, SHOWN, sceneState } from '../../../../src/map/canvas/state';
import { ALL_LAYERS, direct, place, route, site } from './fixtures';

const projects = [
  route('r1', [
    [60, 40],
    [70, 45],
  ]),
  site('s1', [70, 45]),
  site('s2', [71, 45]),
];
const places = [place('p1', [71, 51]), place('p2', [51, 35], true)];
const scene = buildScene(projects, places);
const input = {
  projects: direct(projects),
  places: direct(places),
  offsets: new Map<string, [number, number]>([['s2', [11, -3]]]),
  selection: null,
  layers: ALL_LAYERS,
};

describe('sceneState', () => {
  it('flags what the filter keeps, faded when matched only through a group', () => {
    const state = sceneState(scene, {
      ...input,
      projects: [
        { record: projects[0] as (typeof projects)[0], match: 'regional' },
        { record: projects[2] as (typeof projects)[0], match: 'direct' },
      ],
      places: direct([places[1] as (typeof places)[0]]),
    });
    expect([...state.routes]).toEqual([REGIONAL]);
    expect([...state.sites]).toEqual([HIDDEN, SHOWN]);
    expect([...state.places]).toEqual([HIDDEN, SHOWN]);
    expect([state.dx[1], state.dy[1]]).toEqual([11, -3]);
  });

  it('finds records by id when they come in another order than the data', () => {
    const state = sceneState(scene, { ...input, projects: direct([...projects].reverse()) });
    expect([...state.routes]).toEqual([SHOWN]);
    expect([...state.sites]).toEqual([SHOWN, SHOWN]);
  });

  it('names the selected item, whatever set it is in', () => {
    expect(sceneState(scene, { ...input, selection: { kind: 'project', id: 's2' } }).selected).toEqual({
      set: 'sites',
      index: 1,
    });
    expect(sceneState(scene, { ...input, selection: { kind: 'project', id: 'r1' } }).selected).toEqual({
      set: 'routes',
      index: 0,
    });
    expect(sceneState(scene, { ...input, selection: { kind: 'place', id: 'p2' } }).selected).toEqual({
      set: 'places',
      index: 1,
    });
    expect(sceneState(scene, { ...input, selection: { kind: 'project', id: 'gone' } }).selected).toBeNull();
  });

  it('never touches the scene geometry', () => {
    const before = [...scene.routes.vx];
    sceneState(scene, { ...input, projects: [] });
    expect([...scene.routes.vx]).toEqual(before);
  });
});
