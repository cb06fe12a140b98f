import { type RefObject, useState } from 'react';
import type { ChartDownload, ChartFormat } from './saveDownload';

// Loaded on first use; the import is shared, so pointing at the buttons starts it early. A warm-up
// that fails says nothing: the press that needs the module reports the failure.
const loadSaveDownload = () => import('./saveDownload');
const warmUp = () => {
  loadSaveDownload().catch(() => undefined);
};

const FORMATS: readonly ChartFormat[] = ['svg', 'png', 'csv'];
const CSV_ONLY: readonly ChartFormat[] = ['csv'];

interface DownloadButtonsProps {
  title: string;
  /** Lines printed under the exported image: sources and notes. */
  footer: readonly string[];
  /** Null for a panel with no drawing (the key figures): CSV only. */
  svgRef: RefObject<SVGSVGElement | null> | null;
  csv: ChartDownload['csv'];
}

/** SVG, PNG (drawn at 2× in the browser) and CSV of one chart, saved without any request. */
export function DownloadButtons({ title, footer, svgRef, csv }: DownloadButtonsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (format: ChartFormat) => {
    try {
      setProblem(null);
      const { saveDownload } = await loadSaveDownload();
      await saveDownload(format, { words: { title, footer }, svg: svgRef?.current ?? null, csv });
    } catch (error) {
      const what = format === 'csv' ? 'The CSV' : `The ${format.toUpperCase()}`;
      setProblem(`${what} could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form field set
    <div
      className="chart-downloads"
      role="group"
      aria-label={`Download ${title}`}
      onPointerEnter={warmUp}
      onFocus={warmUp}
    >
      <span className="chart-downloads-label" aria-hidden="true">
        Download
      </span>
      {(svgRef === null ? CSV_ONLY : FORMATS).map((format) => (
        <button
          key={format}
          type="button"
          className="chart-button"
          onClick={() => void save(format)}
          aria-label={`Download ${title}${format === 'csv' ? ' data' : ''} as ${format.toUpperCase()}`}
        >
          {format.toUpperCase()}
        </button>
      ))}
      {problem !== null && (
        <p role="alert" className="chart-downloads-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
