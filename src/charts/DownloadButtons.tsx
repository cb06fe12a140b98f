import { type RefObject, useState } from 'react';
import { type CsvRow, fileSlug, saveBlob, saveCsv } from '../lib/downloadFile';
import { serializeSvg, svgBlob, svgToPng } from '../lib/downloadImage';

interface DownloadButtonsProps {
  title: string;
  /** Lines printed under the exported image: sources and notes. */
  footer: readonly string[];
  /** Null for a panel with no drawing (the key figures): CSV only. */
  svgRef: RefObject<SVGSVGElement | null> | null;
  csv: { rows: readonly CsvRow[]; columns: readonly string[] };
}

/** SVG, PNG (drawn at 2× in the browser) and CSV of one chart, saved without any request. */
export function DownloadButtons({ title, footer, svgRef, csv }: DownloadButtonsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const name = fileSlug(title);
  const exportSvg = () => {
    const node = svgRef?.current;
    return node ? serializeSvg(node, { title, footer }) : null;
  };
  const onSvg = () => {
    const svg = exportSvg();
    if (svg) saveBlob(svgBlob(svg), `${name}.svg`);
  };
  const onPng = async () => {
    const svg = exportSvg();
    if (!svg) return;
    try {
      setProblem(null);
      saveBlob(await svgToPng(svg, 2), `${name}.png`);
    } catch (error) {
      setProblem(`The PNG could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form field set
    <div className="chart-downloads" role="group" aria-label={`Download ${title}`}>
      <span className="chart-downloads-label" aria-hidden="true">
        Download
      </span>
      {svgRef !== null && (
        <>
          <button
            type="button"
            className="chart-button"
            onClick={onSvg}
            aria-label={`Download ${title} as SVG`}
          >
            SVG
          </button>
          <button
            type="button"
            className="chart-button"
            onClick={onPng}
            aria-label={`Download ${title} as PNG`}
          >
            PNG
          </button>
        </>
      )}
      <button
        type="button"
        className="chart-button"
        onClick={() => saveCsv(csv.rows, csv.columns, `${name}.csv`)}
        aria-label={`Download ${title} data as CSV`}
      >
        CSV
      </button>
      {problem !== null && (
        <p role="alert" className="chart-downloads-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
