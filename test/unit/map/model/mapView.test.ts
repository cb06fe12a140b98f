// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import {
  buildFilterView,
  buildMapView,
  DIMMED,
  MATCHED,
  shownAs,
  VISIBLE,
} from '../../../../src/map/model/mapView';
import { buildScene } from '../../../../src/map/model/scene';
import { selectMapView } from '../../../../src/map/model/selectMapView';
import { type AppState, createAppStore } from '../../../../src/state/store';
import { ALL_LAYERS, direct, place, route, site, viewOf } from '../canvas/fixtures';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

const projects = [
  route('r1', [
    [60, 40],
    [70, 45],
  ]),
  site('s1', [70, 45]),
  site('c1', [71, 45], { precision: 'country-level' }),
  site('c2', [71, 45], { precision: 'country-level' }),
];
const places = [place('p1', [71, 51]), place('p2', [51, 35], true)];
const scene = buildScene(projects, places);
const input = { projects: direct(projects), places: direct(places), selection: null, layers: ALL_LAYERS };
const SHOWN = MATCHED | VISIBLE;

describe('the map view model', () => {
  it('flags what the filter keeps, dimmed when matched only through a group', () => {
    const view = viewOf(scene, {
      ...input,
      projects: [
        { record: projects[0] as (typeof projects)[0], match: 'regional' },
        { record: projects[2] as (typeof projects)[0], match: 'direct' },
      ],
      places: direct([places[1] as (typeof places)[0]]),
    });
    expect([...view.routes]).toEqual([SHOWN | DIMMED]);
    expect([...view.sites]).toEqual([0, SHOWN, 0]);
    expect([...view.places]).toEqual([0, SHOWN]);
    expect([...view.routes].map(shownAs)).toEqual([1]);
    expect([...view.sites].map(shownAs)).toEqual([-1, 0, -1]);
  });

  it('keeps records matched but not visible when their layer is off; an attack shows on the conflict layer', () => {
    const view = viewOf(scene, { ...input, layers: { projects: false, places: false, conflict: true } });
    expect([...view.routes]).toEqual([MATCHED]);
    expect([...view.places]).toEqual([MATCHED, SHOWN]);
    expect(view.labels.places.map((p) => [p.record.properties.id, p.attacked])).toEqual([['p2', true]]);
    expect(view.labels.sites).toEqual([]);
    // The list still shows what the filter keeps.
    expect(view.matchedProjects).toHaveLength(projects.length);
  });

  it('spreads country-level sites sharing an anchor, for the canvas, the labels and the popup alike', () => {
    const view = viewOf(scene, { ...input, selection: { kind: 'project', id: 'c2' } });
    const offset = view.offsets.get('c2');
    expect(offset).toBeDefined();
    expect([view.dx[2], view.dy[2]]).toEqual(offset);
    expect(view.labels.sites.find((s) => s.record.properties.id === 'c2')).toMatchObject({
      dx: offset?.[0],
      dy: offset?.[1],
    });
    expect(view.popup).toMatchObject({ kind: 'project', dx: offset?.[0], dy: offset?.[1] });
  });

  it('finds records by id when they come in another order than the data', () => {
    const view = viewOf(scene, { ...input, projects: direct([...projects].reverse()) });
    expect([...view.routes]).toEqual([SHOWN]);
    expect([...view.sites]).toEqual([SHOWN, SHOWN, SHOWN]);
  });

  it('names the selected item and opens a popup only while the map shows it', () => {
    const at = (selection: { kind: 'project' | 'place'; id: string }) =>
      viewOf(scene, { ...input, selection });
    expect(at({ kind: 'project', id: 's1' }).selected).toEqual({ set: 'sites', index: 0 });
    expect(at({ kind: 'project', id: 'r1' }).selected).toEqual({ set: 'routes', index: 0 });
    expect(at({ kind: 'place', id: 'p2' }).popup).toMatchObject({ kind: 'place', asAttack: true });
    expect(at({ kind: 'project', id: 'gone' }).selected).toBeNull();
    const hidden = viewOf(scene, { ...input, projects: [], selection: { kind: 'project', id: 'r1' } });
    expect(hidden.selected).toEqual({ set: 'routes', index: 0 });
    expect(hidden.popup).toBeNull();
    const layerOff = viewOf(scene, {
      ...input,
      layers: { ...ALL_LAYERS, projects: false },
      selection: { kind: 'project', id: 'r1' },
    });
    expect(layerOff.popup).toBeNull();
  });

  it('reuses the filter view for a selection change: flags and labels stay the same objects', () => {
    const filtered = buildFilterView(scene, input);
    const a = buildMapView(filtered, { kind: 'project', id: 's1' });
    const b = buildMapView(filtered, { kind: 'place', id: 'p1' });
    expect(b.routes).toBe(a.routes);
    expect(b.labels).toBe(a.labels);
  });

  it('never touches the scene geometry', () => {
    const before = [...scene.routes.lon];
    viewOf(scene, { ...input, projects: [] });
    expect([...scene.routes.lon]).toEqual(before);
  });
});

describe('selectMapView', () => {
  it('builds the scene once per data set and the view once per change', () => {
    const state = store.getState();
    const first = selectMapView(state);
    expect(selectMapView(state)).toBe(first);
    const selected = { ...state, selection: { kind: 'place' as const, id: 'nowhere' } };
    const second = selectMapView(selected);
    expect(second).not.toBe(first);
    expect(second.scene).toBe(first.scene);
    expect(second.labels).toBe(first.labels);
  });
});
