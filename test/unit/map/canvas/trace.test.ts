import { describe, expect, it } from 'vitest';
import { markOf, paintOf } from '../../../../src/map/canvas/paint';
import { clipSegment, traceRoute } from '../../../../src/map/canvas/trace';
import { buildScene } from '../../../../src/map/model/scene';
import { recordingCtx, route, viewAt } from './fixtures';

describe('clipSegment', () => {
  const box = [0, 0, 100, 100] as const;
  it('keeps a segment inside the box whole and misses one outside', () => {
    expect(clipSegment(10, 10, 90, 90, box)).toEqual([0, 1]);
    expect(clipSegment(-50, -10, 150, -10, box)).toBeNull();
  });
  it('cuts a segment crossing the box to its inside part', () => {
    expect(clipSegment(-100, 50, 200, 50, box)).toEqual([1 / 3, 2 / 3]);
  });
});

describe('traceRoute', () => {
  const view = viewAt(59, 50, 400, 300);
  it('draws a route leaving the canvas only as far as the margin', () => {
    const scene = buildScene(
      [
        route('r', [
          [60, 45],
          [120, 45],
        ]),
      ],
      [],
    );
    const { ctx } = recordingCtx();
    traceRoute(ctx, scene.routes, 0, view, 24);
    expect(Math.max(...ctx.points.map(([x]) => x))).toBeCloseTo(424, 6);
  });
  it('draws a route shrunk to one pixel as a dot', () => {
    const scene = buildScene(
      [
        route('r', [
          [60, 45],
          [60.0001, 45],
        ]),
      ],
      [],
    );
    const { ctx } = recordingCtx();
    traceRoute(ctx, scene.routes, 0, view, 24);
    expect(ctx.points.length).toBe(2);
    expect(ctx.points[0]).toEqual(ctx.points[1]);
  });
});

describe('paint', () => {
  it("fills in Leaflet's defaults and parses dashes", () => {
    const p = paintOf({ color: '#123456', dashArray: '9 6' }, false);
    expect(p).toMatchObject({
      fill: false,
      stroke: true,
      weight: 3,
      opacity: 1,
      lineCap: 'round',
      lineJoin: 'round',
      dash: [9, 6],
    });
  });
  it('rounds a marker radius as Leaflet draws it, and hits it out to its stroke', () => {
    const m = markOf({ radius: 3.5, weight: 1.5 });
    expect(m.radius).toBe(4);
    expect(m.hitRadius).toBe(4.25);
  });
});
