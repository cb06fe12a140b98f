import { type CsvRow, fileSlug, saveBlob, saveCsv } from '../lib/downloadFile';
import { type ExportText, serializeSvg, svgBlob, svgToPng } from '../lib/downloadImage';

// What the Download buttons run. DownloadButtons imports this module only when a button is first
// pressed (or pointed at), so the SVG, PNG and CSV writers and d3-dsv stay out of the first view.

export type ChartFormat = 'svg' | 'png' | 'csv';

export interface ChartDownload {
  words: ExportText;
  /** The drawn chart, or null for a panel with no drawing (CSV only). */
  svg: SVGSVGElement | null;
  /**
   * The CSV: its rows made only when a CSV is asked for, not at every render of the chart (a
   * corpus chart holds hundreds of records, and a filter click redraws it).
   */
  csv: { rows: () => readonly CsvRow[]; columns: readonly string[] };
}

/** Saves one chart as the given format; rejects when the PNG cannot be drawn. */
export async function saveDownload(format: ChartFormat, { words, svg, csv }: ChartDownload): Promise<void> {
  const name = fileSlug(words.title);
  if (format === 'csv') return saveCsv(csv.rows(), csv.columns, `${name}.csv`);
  if (svg === null) return;
  const file = serializeSvg(svg, words);
  if (format === 'svg') saveBlob(svgBlob(file), `${name}.svg`);
  else saveBlob(await svgToPng(file, 2), `${name}.png`);
}
