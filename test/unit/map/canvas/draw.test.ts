// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PLACE, ROUTE, SITE } from '../../../../src/map/canvas/codes';
import { drawScene } from '../../../../src/map/canvas/draw';
import { buildScene } from '../../../../src/map/model/scene';
import { KIND_COLOURS, MAP_COLOURS } from '../../../../src/map/palette';
import { DENSE_ROUTES, STATUS_DASH } from '../../../../src/map/styles';
import {
  ALL_LAYERS,
  direct,
  frameAt,
  type Painted,
  pixelAt,
  place,
  recordingContext,
  route,
  site,
  type ViewInput,
  viewOf,
} from './fixtures';

// What the canvas paints, read back from a recording 2D context: which shapes, where, in which
// ink, dash and opacity, and in which order.

const line = route('r1', [
  [60, 45],
  [70, 45],
]);
const planned = route(
  'r2',
  [
    [61, 42],
    [69, 42],
  ],
  { status: 'planned', kind: 'highway' },
);
const projects = [
  line,
  planned,
  site('s1', [65, 43]),
  route('far', [
    [-100, -40],
    [-90, -30],
  ]),
];
const places = [place('p1', [66, 44], true)];
const scene = buildScene(projects, places);
const frame = frameAt(scene, 55, 55, 1000, 700);
const base: ViewInput = {
  projects: direct(projects),
  places: direct(places),
  selection: null,
  layers: ALL_LAYERS,
};

function draw(input: Partial<ViewInput> = {}, loose: Uint8Array | null = null) {
  const rec = recordingContext();
  const hits = drawScene(rec.g, viewOf(scene, { ...base, ...input }), frame, loose);
  return { ...rec, hits };
}
const strokes = (painted: Painted[], colour: string) =>
  painted.filter((p) => p.op === 'stroke' && p.colour === colour);

describe('drawScene', () => {
  it('draws a route along its positions in its kind’s ink, dashed as its status says', () => {
    const { paintedAt } = draw();
    const [from, to] = [pixelAt(frame, 60, 45), pixelAt(frame, 70, 45)];
    const ink = strokes(paintedAt(from), KIND_COLOURS.railway.ink);
    expect(ink).toHaveLength(1);
    expect(ink[0]?.shapes.find(([first]) => first?.[0] === from[0])?.at(-1)).toEqual(to);
    expect(ink[0]?.dash).toEqual([]);
    const dashed = strokes(paintedAt(pixelAt(frame, 61, 42)), KIND_COLOURS.highway.ink);
    expect(dashed[0]?.dash).toEqual(STATUS_DASH.planned);
  });

  it('puts a white casing under an exact route', () => {
    const { painted, paintedAt } = draw();
    const at = paintedAt(pixelAt(frame, 60, 45));
    const casing = at.find((p) => p.colour === MAP_COLOURS.white);
    const ink = at.find((p) => p.colour === KIND_COLOURS.railway.ink);
    expect(casing && ink && casing.width > ink.width).toBe(true);
    expect(painted.indexOf(casing as Painted)).toBeLessThan(painted.indexOf(ink as Painted));
  });

  it('draws sites and places at their positions, places under sites, attacks on top', () => {
    const { paintedAt, hits } = draw();
    expect(paintedAt(pixelAt(frame, 65, 43)).some((p) => p.op === 'fill')).toBe(true);
    const ring = paintedAt(pixelAt(frame, 66, 44)).filter((p) => p.colour === MAP_COLOURS.conflict);
    expect(ring.length).toBeGreaterThan(0);
    const kinds = [...hits.sets.slice(0, hits.count)];
    expect(kinds.indexOf(PLACE)).toBeGreaterThan(kinds.lastIndexOf(ROUTE));
    expect(kinds.indexOf(SITE)).toBeGreaterThan(kinds.indexOf(PLACE));
  });

  it('paints nothing where the filter hides a feature, off the frame, or under a switched-off layer', () => {
    const hidden = draw({ projects: direct([line]) });
    expect(hidden.paintedAt(pixelAt(frame, 65, 43))).toEqual([]);
    expect(hidden.paintedAt(pixelAt(frame, 61, 42))).toEqual([]);
    expect(hidden.painted.some((p) => p.shapes.some((s) => s.some(([x]) => x < -100)))).toBe(false);
    const off = draw({ layers: { ...ALL_LAYERS, projects: false } });
    expect(off.paintedAt(pixelAt(frame, 60, 45))).toEqual([]);
    expect(off.paintedAt(pixelAt(frame, 66, 44)).length).toBeGreaterThan(0);
  });

  it('fades a feature shown only through a group', () => {
    const regional = projects.map((record) => ({ record, match: 'regional' as const }));
    const ink = strokes(
      draw({ projects: regional }).paintedAt(pixelAt(frame, 60, 45)),
      KIND_COLOURS.railway.ink,
    );
    expect(ink[0]?.alpha).toBeCloseTo(0.55);
  });

  it('draws the selected site last, in the dark selection ink', () => {
    const { painted } = draw({ selection: { kind: 'project', id: 's1' } });
    const last = painted.at(-1);
    expect(last?.colour).toBe(MAP_COLOURS.placeInk);
    expect(last?.shapes[0]?.[0]).toEqual(pixelAt(frame, 65, 43));
  });

  it('leaves a site standing in a cluster to its cluster marker', () => {
    const clustered = draw({}, Uint8Array.of(0));
    expect(clustered.paintedAt(pixelAt(frame, 65, 43))).toEqual([]);
    const loose = draw({}, Uint8Array.of(1));
    expect(loose.paintedAt(pixelAt(frame, 65, 43)).length).toBeGreaterThan(0);
    // Selected, it is drawn wherever it stands, in the selection's ink.
    const chosen = draw({ selection: { kind: 'project', id: 's1' } }, Uint8Array.of(0));
    const inks = chosen.paintedAt(pixelAt(frame, 65, 43)).map((p) => p.colour);
    expect(inks).toContain(MAP_COLOURS.placeInk);
  });

  it('draws a selected place’s attack ring under its marker, both above every other mark', () => {
    const { painted } = draw({ selection: { kind: 'place', id: 'p1' } });
    const at = pixelAt(frame, 66, 44);
    // The ring's fill and stroke, then the marker's fill and its stroke in the selection's ink.
    const [ringFill, ringStroke, , marker] = painted.slice(-4);
    expect([ringFill?.colour, ringStroke?.colour]).toEqual([MAP_COLOURS.conflict, MAP_COLOURS.conflict]);
    expect(ringStroke?.shapes[0]?.[0]?.[1]).toBe(at[1]);
    expect(marker?.colour).toBe(MAP_COLOURS.selected);
    expect(marker?.shapes[0]?.[0]?.[1]).toBe(at[1]);
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
    const plain = recordingContext();
    drawScene(plain.g, viewOf(crowded, input), frameAt(crowded, 55, 55, 1000, 700), null);
    expect(strokes(plain.painted, MAP_COLOURS.white)).toEqual([]);
    expect(plain.painted.every((p) => p.dash.length === 0)).toBe(true);
    // One route fewer in view and every route gets its casing and dashes back.
    const detailed = recordingContext();
    drawScene(
      detailed.g,
      viewOf(crowded, { ...input, projects: direct(many.slice(1)) }),
      frameAt(crowded, 55, 55, 1000, 700),
      null,
    );
    expect(strokes(detailed.painted, MAP_COLOURS.white).length).toBeGreaterThan(0);
    expect(detailed.painted.some((p) => p.dash.length > 0)).toBe(true);
  });

  it('draws classes in an explicit order, whatever the data order: vague under exact, planned under built', () => {
    const at: [number, number][] = [
      [60, 41],
      [70, 44],
    ];
    const ordered = [
      route('built', at, { status: 'operational' }),
      route('planned', at, { status: 'planned' }),
      route('sketch', at, { status: 'operational', precision: 'approximate' }),
    ];
    const s = buildScene(ordered, []);
    const hits = drawScene(
      recordingContext().g,
      viewOf(s, { ...base, projects: direct(ordered), places: [] }),
      frameAt(s, 55, 55, 1000, 700),
      null,
    );
    expect([...hits.index.slice(0, hits.count)].map((i) => s.routes.ids[i])).toEqual([
      'sketch',
      'planned',
      'built',
    ]);
  });
});
