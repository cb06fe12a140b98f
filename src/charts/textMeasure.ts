// Label layouts need text widths before anything is drawn. The app measures them with a canvas in
// the chart's own font; a caller without a canvas (unit tests) passes `estimateText` instead, so
// its layouts stay deterministic.

export type MeasureText = (text: string, size: number, weight?: 'normal' | 'bold') => number;

export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif';

/** Wide enough for DejaVu Sans, the widest of the fonts the chart font may resolve to. */
export const estimateText: MeasureText = (text, size, weight = 'normal') =>
  text.length * size * (weight === 'bold' ? 0.66 : 0.6);

let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  context ??= document.createElement('canvas').getContext('2d');
  return context;
}

// A text's width is the sum of its characters' widths, each measured once per font. At corpus
// scale the charts lay out thousands of distinct labels and values ("$14.3 billion", "2,410"),
// and a canvas measurement per text was 50 ms of the first load; characters repeat across all of
// them. A sum leaves out kerning and ligatures, which only ever narrow a text, so it errs wide:
// a label judged to fit does fit.
const widths = new Map<string, Map<string, number>>();
let currentFont = '';

/** Widths measured on a canvas; the estimate only if the browser gives no 2D context. */
export const measureText: MeasureText = (text, size, weight = 'normal') => {
  const canvas = canvasContext();
  if (canvas === null) return estimateText(text, size, weight);
  const font = `${weight === 'bold' ? 700 : 400} ${size}px ${CHART_FONT}`;
  let known = widths.get(font);
  if (known === undefined) {
    known = new Map();
    widths.set(font, known);
  }
  let sum = 0;
  // By code point, so a character outside the Basic Multilingual Plane is measured whole.
  for (const char of text) {
    let width = known.get(char);
    if (width === undefined) {
      if (font !== currentFont) {
        canvas.font = font;
        currentFont = font;
      }
      width = canvas.measureText(char).width;
      known.set(char, width);
    }
    sum += width;
  }
  // A small allowance for sub-pixel differences between canvas and SVG text rendering.
  return Math.ceil(sum * 1.03);
};

/** Breaks text into lines no wider than maxWidth; a single word longer than that gets its own line. */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: MeasureText,
  size: number,
  weight: 'normal' | 'bold' = 'normal',
): string[] {
  // A line's width is summed from its words and spaces: words repeat across labels and renders,
  // so their widths come from the cache, where every growing candidate line would be new text.
  const space = measure(' ', size, weight);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = measure(word, size, weight);
    if (line !== '' && lineWidth + space + wordWidth > maxWidth) {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    } else {
      lineWidth = line === '' ? wordWidth : lineWidth + space + wordWidth;
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
