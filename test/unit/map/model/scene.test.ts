import { describe, expect, it } from 'vitest';
import { projectClass } from '../../../../src/map/model/classes';
import { projectX, projectY } from '../../../../src/map/model/projection';
import { buildScene, groupByClass } from '../../../../src/map/model/scene';
import { place, route, site } from '../canvas/fixtures';

describe('projection to zoom-0 pixels', () => {
  it('puts the world in 256 pixels, Greenwich and the equator in the middle', () => {
    expect(projectX(-180)).toBe(0);
    expect(projectX(0)).toBe(128);
    expect(projectX(180)).toBe(256);
    expect(projectY(0)).toBeCloseTo(128, 9);
    expect(projectY(85.0511287798)).toBeCloseTo(0, 6);
    // Mercator stretches the north: 60°N lies further from the equator than 30°N twice over.
    expect(128 - projectY(60)).toBeGreaterThan(2 * (128 - projectY(30)));
  });
});

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

  it('splits projects into routes and sites and keeps their vertices in zoom-0 pixels', () => {
    expect(scene.routes.ids).toEqual(['r1', 'r2']);
    expect(scene.sites.ids).toEqual(['s1']);
    expect([...scene.routes.first]).toEqual([0, 3, 5]);
    expect(scene.routes.vx[1]).toBeCloseTo(projectX(70), 9);
    expect(scene.routes.vy[1]).toBeCloseTo(projectY(45), 9);
    expect(scene.sites.x[0]).toBeCloseTo(projectX(70), 9);
  });

  it('keeps a bounding box per route', () => {
    const [minX, minY, maxX, maxY] = scene.routes.bbox.slice(0, 4);
    expect(minX).toBeCloseTo(projectX(60), 9);
    expect(maxX).toBeCloseTo(projectX(80), 9);
    expect(minY).toBeCloseTo(projectY(45), 9);
    expect(maxY).toBeCloseTo(projectY(40), 9);
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
