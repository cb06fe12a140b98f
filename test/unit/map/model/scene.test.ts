// @vitest-environment jsdom
import { CRS, latLng } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { worldOf } from '../../../../src/map/canvas/world';
import { projectClass } from '../../../../src/map/model/classes';
import { buildScene, groupByClass } from '../../../../src/map/model/scene';
import { place, route, site } from '../canvas/fixtures';

describe('buildScene', () => {
  const projects = [
    route(
      'r1',
      [
        [60, 40],
        [70, 45],
        [80, 42],
      ],
      { kind: 'highway', status: 'planned' },
    ),
    site('s1', [70, 45], { precision: 'country-level' }),
    route('r2', [
      [50, 30],
      [51, 31],
    ]),
  ];
  const places = [place('p1', [71, 51]), place('p2', [51, 35], true)];
  const scene = buildScene(projects, places);

  it('splits projects into routes and sites and keeps their vertices in degrees', () => {
    expect(scene.routes.ids).toEqual(['r1', 'r2']);
    expect(scene.sites.ids).toEqual(['s1']);
    expect([...scene.routes.first]).toEqual([0, 3, 5]);
    expect([scene.routes.lon[1], scene.routes.lat[1]]).toEqual([70, 45]);
    expect([scene.sites.lon[0], scene.sites.lat[0]]).toEqual([70, 45]);
  });

  it('is projected once, by Leaflet, with a bounding box per route', () => {
    const world = worldOf(scene);
    expect(worldOf(scene)).toBe(world);
    const at = (lon: number, lat: number) => CRS.EPSG3857.latLngToPoint(latLng(lat, lon), 0);
    expect(world.routes.x[1]).toBeCloseTo(at(70, 45).x, 9);
    expect(world.sites.y[0]).toBeCloseTo(at(70, 45).y, 9);
    const [minX, minY, maxX, maxY] = world.routes.bbox.slice(0, 4);
    expect([minX, maxX]).toEqual([at(60, 40).x, at(80, 42).x]);
    expect([minY, maxY]).toEqual([at(70, 45).y, at(60, 40).y]);
  });

  it('classes items by style and maps each source project to its route or site', () => {
    expect(scene.routes.cls[0]).toBe(projectClass('highway', 'planned', 'exact'));
    expect(scene.sites.cls[0]).toBe(projectClass('railway', 'operational', 'country-level'));
    expect([...scene.projectSlot]).toEqual([0, -1, 1]);
    expect([...scene.places.attacks.order]).toEqual([1]);
  });
});

describe('groupByClass', () => {
  it('orders items by class, keeping data order within a class', () => {
    const g = groupByClass(Uint8Array.of(2, 0, 2, 1, 0), 3, [2, 0, 1]);
    expect([...g.start]).toEqual([0, 2, 3, 5]);
    expect([...g.order]).toEqual([1, 4, 3, 0, 2]);
    expect(g.drawOrder).toEqual([2, 0, 1]);
  });
});
