// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dataBounds, positionsOf } from '../../../../src/map/bounds';
import { selectDataBounds } from '../../../../src/map/model/selectMapView';
import { selectRecords } from '../../../../src/state/records';
import { createAppStore } from '../../../../src/state/store';
import { putFile } from '../../state/seedStore';
import { route } from '../canvas/fixtures';
import { loadSeedData } from '../seed';

describe('selectDataBounds', () => {
  it('measures the scene’s positions as the features give them, a route across the antimeridian unwrapped', () => {
    const store = createAppStore();
    loadSeedData(store);
    const projects = store.getState().files.projects;
    if (projects.status !== 'ready') throw new Error('seed not loaded');
    // Chukotka to Alaska the short way: 170° to 190°, not back across Russia.
    const across = route('bering', [
      [120, 66],
      [170, 66],
      [-170, 66],
    ]);
    putFile(store, 'projects', {
      status: 'ready',
      data: { ...projects.data, features: [...projects.data.features, across] },
    });
    const features = [
      ...selectRecords(store.getState(), 'projects'),
      ...selectRecords(store.getState(), 'places'),
    ];
    const bounds = selectDataBounds(store.getState());
    const positions = features.flatMap(positionsOf);
    expect(bounds).toEqual(
      dataBounds([{ lon: positions.map((p) => p[0] ?? 0), lat: positions.map((p) => p[1] ?? 0) }]),
    );
    expect(selectDataBounds(store.getState())).toBe(bounds);
  });
});
