import { formatAmount, formatMagnitude, formatRatio } from '../../lib/formatValue';
import { isolateText } from '../../lib/isolate';
import { TYPE } from '../chartType';
import type { TextLine } from '../geometry';
import { type MeasureText, wrapText } from '../textMeasure';

// A unit chart: one square stands for a round number of people, the same for every row, so a
// population 17.5 times another gets 17.5 times the squares and the small one stays visible.

export interface PopulationInput {
  id: string;
  name: string;
  value: number;
  /** "1.4 billion people" */
  valueText: string;
  /** "reported; source not stated" */
  meta: string;
}

/** The smallest 1-2-5 round number that keeps the largest value within `maxSquares` squares. */
export function niceUnit(max: number, maxSquares = 200): number {
  if (!(max > 0)) return 1;
  let exponent = Math.floor(Math.log10(max / maxSquares));
  for (;;) {
    for (const step of [1, 2, 5]) {
      const unit = step * 10 ** exponent;
      if (max / unit <= maxSquares + 1e-9) return unit;
    }
    exponent += 1;
  }
}

export interface Square {
  x: number;
  y: number;
  /** Less than the cell for the last, partial square: 0.5 squares is drawn half wide. */
  width: number;
  size: number;
}

export interface PopulationRow {
  id: string;
  title: TextLine[];
  meta: TextLine[];
  squares: Square[];
  count: number;
  hit: { x: number; y: number; width: number; height: number };
  anchor: { x: number; y: number };
}

export interface ScaleLayout {
  width: number;
  height: number;
  unit: number;
  unitText: string;
  cell: number;
  columns: number;
  key: { square: Square; lines: TextLine[] };
  rows: PopulationRow[];
  ratio: {
    value: number;
    /** The figures compared: the largest, and the smallest of another place. */
    bigId: string;
    smallId: string;
    big: TextLine;
    lines: TextLine[];
    formula: string;
  } | null;
}

export const SCALE_COLUMNS = 20;

/** Squares for `count` units, filled row by row, SCALE_COLUMNS to a row. */
export function squaresFor(count: number, cell: number, top: number): Square[] {
  const size = cell - 3;
  const whole = Math.floor(count + 1e-9);
  const part = count - whole;
  const squares: Square[] = [];
  const total = part > 0.01 ? whole + 1 : whole;
  for (let i = 0; i < total; i++) {
    const col = i % SCALE_COLUMNS;
    const row = Math.floor(i / SCALE_COLUMNS);
    const fraction = i === whole ? part : 1;
    squares.push({ x: col * cell, y: top + row * cell, width: Math.max(1, size * fraction), size });
  }
  return squares;
}

/**
 * Figures grouped by place, places by their largest figure, each place's figures largest first.
 * Competing figures for one place are claims side by side, never different places.
 */
export function byPlace(inputs: readonly PopulationInput[]): PopulationInput[][] {
  const places = new Map<string, PopulationInput[]>();
  for (const input of [...inputs].sort((a, b) => b.value - a.value)) {
    const list = places.get(input.name) ?? [];
    places.set(input.name, [...list, input]);
  }
  return [...places.values()];
}

/** "Also reported for Iran: around 86.2 million people (by census officials); … and 6 more." */
function alsoReported(others: readonly PopulationInput[], name: string): string | null {
  if (others.length === 0) return null;
  const listed = others.slice(0, 2).map((o) => `${o.valueText} (${o.meta.replace(/^Reported,? ?/, '')})`);
  const more = others.length > 2 ? ` and ${others.length - 2} more` : '';
  return `Also reported for ${isolateText(name)}: ${listed.join('; ')}${more}.`;
}

/**
 * `places`: draw only the largest figure of the first few places, naming each place's other
 * figures beside it; absent, every figure is drawn, a place's figures one after another.
 */
export function computeScale(
  inputs: readonly PopulationInput[],
  width: number,
  measure: MeasureText,
  places?: number,
): ScaleLayout {
  const grouped = byPlace(inputs);
  const firstView = places !== undefined;
  const rows = firstView ? grouped.slice(0, places).flatMap((g) => g.slice(0, 1)) : grouped.flat();
  const ofPlace = new Map(
    grouped.flatMap((g) => g.map((input, i) => [input.id, { group: g, at: i }] as const)),
  );
  const max = Math.max(0, ...rows.map((r) => r.value));
  const unit = niceUnit(max);
  const unitText = formatAmount(unit, 'people', { noun: 'people', nounOne: 'person' });
  // The grid is at most 22 px a cell; on wide charts the computed ratio sits beside it.
  const cell = Math.max(12, Math.min(22, Math.floor(width / SCALE_COLUMNS)));
  const gridWidth = cell * SCALE_COLUMNS;
  const side = width - gridWidth >= 220;

  const keyWords = `= ${unitText}. Squares are computed from the reported figures.`;
  const keyLines = wrapText(keyWords, width - cell - 6, measure, TYPE.small).map((text, i) => ({
    text,
    x: cell + 6,
    y: 4 + cell - 7 + i * 16,
  }));
  const key = { square: { x: 0, y: 4, width: cell - 3, size: cell - 3 }, lines: keyLines };
  let y = Math.max(cell, keyLines.length * 16) + 26;
  const textWidth = side ? gridWidth : width;
  const laid: PopulationRow[] = rows.map((row) => {
    const top = y;
    const title = wrapText(
      `${isolateText(row.name)}: ${row.valueText}`,
      textWidth,
      measure,
      TYPE.body,
      'bold',
    ).map((text) => {
      y += 18;
      return { text, x: 0, y: y - 4 };
    });
    const count = row.value / unit;
    const place = ofPlace.get(row.id);
    const among =
      !firstView && place !== undefined && place.group.length > 1
        ? ` · ${place.at + 1} of ${place.group.length} figures for ${isolateText(row.name)}, not added together`
        : '';
    const also = firstView && place !== undefined ? alsoReported(place.group.slice(1), row.name) : null;
    const metaWords = [
      `${row.meta} · ${formatRatio(count)} squares, computed${among}`,
      ...(also === null ? [] : [also]),
    ];
    const meta = metaWords
      .flatMap((words) => wrapText(words, textWidth, measure, TYPE.small))
      .map((text) => {
        y += 16;
        return { text, x: 0, y: y - 4 };
      });
    y += 6;
    const squares = squaresFor(count, cell, y);
    const gridRows = Math.max(1, Math.ceil(count / SCALE_COLUMNS - 1e-9));
    y += gridRows * cell;
    const hit = { x: 0, y: top, width: gridWidth, height: y - top + 4 };
    y += 22;
    return { id: row.id, title, meta, squares, count, hit, anchor: { x: Math.min(gridWidth, width) / 2, y } };
  });

  let ratio: ScaleLayout['ratio'] = null;
  // A ratio compares two places: the largest and the smallest of another place, never a place with itself.
  const big = rows[0];
  const small = rows.findLast((r) => r.name !== big?.name);
  if (big !== undefined && small !== undefined && small.value > 0) {
    const value = big.value / small.value;
    const formula = `${formatMagnitude(big.value)} ÷ ${formatMagnitude(small.value)} = ${formatRatio(value)}`;
    const x = side ? gridWidth + 28 : 0;
    const available = side ? width - x : width;
    let ry = side ? (laid[0]?.hit.y ?? 0) + 36 : y + 18;
    const bigText = { text: `${formatRatio(value)}×`, x, y: ry };
    ry += 8;
    const words = [
      `${isolateText(big.name)} has ${formatRatio(value)} times as many people as ${isolateText(small.name)}.`,
      `Computed: ${formula}.`,
    ];
    const lines = words.flatMap((w) =>
      wrapText(w, available, measure, TYPE.ratio).map((text) => {
        ry += 18;
        return { text, x, y: ry };
      }),
    );
    ratio = { value, bigId: big.id, smallId: small.id, big: bigText, lines, formula };
    y = Math.max(y, ry + 12);
  }
  return {
    width,
    height: Math.ceil(y),
    unit,
    unitText,
    cell,
    columns: SCALE_COLUMNS,
    key,
    rows: laid,
    ratio,
  };
}
