import { describe, expect, it } from 'vitest';
import { indexOfCode, kindOfCode, PLACE, ROUTE, SITE } from '../../../../src/map/canvas/codes';
import { BATCH, DENSE_ROUTES, drawScene, planScene } from '../../../../src/map/canvas/draw';
import { buildScene } from '../../../../src/map/model/scene';
import { MAP_COLOURS } from '../../../../src/map/palette';
import {
  ALL_LAYERS,
  direct,
  place,
  recordingCtx,
  route,
  site,
  type ViewInput,
  viewAt,
  viewOf,
} from './fixtures';

const view = viewAt(55, 55, 1000, 700);
const routes = Array.from({ length: 200 }, (_, i) =>
  route(`r${i}`, [
    [60, 40 + i * 0.01],
    [70, 45],
  ]),
);
const projects = [
  ...routes,
  site('s1', [65, 43]),
  route('far', [
    [-100, -40],
    [-90, -30],
  ]),
];
const places = [place('p1', [66, 44], true)];
const scene = buildScene(projects, places);
const base: ViewInput = {
  projects: direct(projects),
  places: direct(places),
  selection: null,
  layers: ALL_LAYERS,
};

describe('drawScene', () => {
  it('strokes routes of one style in shared paths, not one stroke each', () => {
    const { ctx, calls } = recordingCtx();
    drawScene(ctx, scene, viewOf(scene, base), view);
    const routeStrokes = calls.filter((c) => c.op === 'stroke' && c.width === 3.5);
    expect(routeStrokes.length).toBe(Math.ceil(200 / BATCH));
    expect(routeStrokes.reduce((n, c) => n + c.subpaths, 0)).toBe(200);
  });

  it('draws casings under routes, then places, sites and attacks, the selection last', () => {
    const { ctx, calls } = recordingCtx();
    const drawn = drawScene(
      ctx,
      scene,
      viewOf(scene, { ...base, selection: { kind: 'project', id: 's1' } }),
      view,
    );
    const strokes = calls.filter((c) => c.op === 'stroke');
    const firstLine = strokes.findIndex((c) => c.width === 3.5);
    const lastCasing = strokes.findLastIndex((c) => c.width === 7.5);
    expect(lastCasing).toBeLessThan(firstLine);
    expect(strokes.at(-1)?.color).toBe(MAP_COLOURS.placeInk);
    const kinds = [...drawn.codes.slice(0, drawn.count)].map(kindOfCode);
    expect(kinds.indexOf(PLACE)).toBeGreaterThan(kinds.lastIndexOf(ROUTE));
    expect(kinds.at(-1)).toBe(SITE);
  });

  it('leaves out what the filter hides, what lies off the canvas, and switched-off layers', () => {
    const { ctx } = recordingCtx();
    const drawn = drawScene(
      ctx,
      scene,
      viewOf(scene, { ...base, projects: direct([site('x', [0, 0])]) }),
      view,
    );
    expect([...drawn.codes.slice(0, drawn.count)].map(kindOfCode).filter((k) => k === ROUTE)).toEqual([]);
    const all = drawScene(recordingCtx().ctx, scene, viewOf(scene, base), view);
    expect(all.count).toBe(200 + 1 + 2);
    const off = drawScene(
      recordingCtx().ctx,
      scene,
      viewOf(scene, { ...base, layers: { ...ALL_LAYERS, projects: false } }),
      view,
    );
    expect(off.count).toBe(2);
  });

  it('fades regional matches', () => {
    const { ctx, calls } = recordingCtx();
    const regional = projects.map((record) => ({ record, match: 'regional' as const }));
    drawScene(ctx, scene, viewOf(scene, { ...base, projects: regional }), view);
    expect(calls.find((c) => c.op === 'stroke' && c.width === 3.5)?.alpha).toBeCloseTo(0.55);
  });

  it('draws a crowded view plainly: no casings and no dashes above DENSE_ROUTES routes in view', () => {
    const many = Array.from({ length: DENSE_ROUTES + 1 }, (_, i) =>
      route(
        `d${i}`,
        [
          [60, 40 + (i % 50) * 0.1],
          [70, 45],
        ],
        { status: 'planned' },
      ),
    );
    const crowded = buildScene(many, []);
    const input = { ...base, projects: direct(many), places: [] };
    const plain = recordingCtx();
    drawScene(plain.ctx, crowded, viewOf(crowded, input), view);
    expect(plain.calls.filter((c) => c.op === 'stroke' && c.width === 7.5)).toEqual([]);
    expect(plain.ctx.dashes.every((d) => d.length === 0)).toBe(true);
    // One route fewer in view and every route gets its casing and dashes back.
    const fewer = { ...input, projects: direct(many.slice(1)) };
    const detailed = recordingCtx();
    drawScene(detailed.ctx, crowded, viewOf(crowded, fewer), view);
    expect(detailed.calls.some((c) => c.op === 'stroke' && c.width === 7.5)).toBe(true);
    expect(detailed.ctx.dashes.some((d) => d.length > 0)).toBe(true);
  });

  it('draws classes in an explicit order, whatever the data order: vague under exact, planned under built', () => {
    const line: [number, number][] = [
      [60, 41],
      [70, 44],
    ];
    const ordered = [
      route('built', line, { status: 'operational' }),
      route('planned', line, { status: 'planned' }),
      route('sketch', line, { status: 'operational', precision: 'approximate' }),
    ];
    const s = buildScene(ordered, []);
    const drawn = drawScene(
      recordingCtx().ctx,
      s,
      viewOf(s, { ...base, projects: direct(ordered), places: [] }),
      view,
    );
    const ids = [...drawn.codes.slice(0, drawn.count)].map((c) => s.routes.ids[indexOfCode(c)]);
    expect(ids).toEqual(['sketch', 'planned', 'built']);
  });

  it('plans the same drawing as jobs that can run across several tasks', () => {
    const jobs = planScene(scene, viewOf(scene, base), view);
    expect(jobs.length).toBeGreaterThan(4);
  });
});
