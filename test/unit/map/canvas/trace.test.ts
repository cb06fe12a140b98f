// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { hitRadius } from '../../../../src/map/canvas/paint';
import { routePoints, traceRoute } from '../../../../src/map/canvas/trace';
import { buildScene } from '../../../../src/map/model/scene';
import { conflictStyle, PLAIN } from '../../../../src/map/styles';
import { frameAt, recordingContext, route } from './fixtures';

describe('traceRoute', () => {
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
    const frame = frameAt(scene, 59, 50, 400, 300);
    const { g, painted } = recordingContext();
    traceRoute(g, routePoints(scene.routes, 0, frame), frame);
    g.stroke();
    const xs = painted[0]?.shapes.flat().map(([x]) => x) ?? [];
    expect(Math.max(...xs)).toBe(424);
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
    const frame = frameAt(scene, 59, 50, 400, 300);
    const { g, painted } = recordingContext();
    traceRoute(g, routePoints(scene.routes, 0, frame), frame);
    g.stroke();
    const [dot] = painted[0]?.shapes ?? [];
    expect(dot).toHaveLength(2);
    expect(dot?.[0]).toEqual(dot?.[1]);
  });
});

describe('hitRadius', () => {
  it('reaches out to the middle of the mark’s stroke', () => {
    const ring = conflictStyle(PLAIN);
    expect(hitRadius(ring)).toBe(ring.radius + (ring.stroke?.width ?? 0) / 2);
  });
});
