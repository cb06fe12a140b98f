import { useId, useRef } from 'react';
import type { RecordKind } from '../state/selectionSlice';
import { useChartWidth } from './useChartWidth';
import { useMarkInteraction } from './useMarkInteraction';
import { useNameContext } from './useNameContext';

/**
 * What every drawn chart needs: names for codes, ids for its heading and summary, refs for the
 * measured box and the SVG (exports read it), the width it has, and mark focus and selection.
 */
export function useChartScaffold(kind: RecordKind) {
  const measureRef = useRef<HTMLDivElement>(null);
  return {
    ctx: useNameContext(),
    headingId: useId(),
    summaryId: useId(),
    measureRef,
    svgRef: useRef<SVGSVGElement>(null),
    width: useChartWidth(measureRef),
    interaction: useMarkInteraction(kind),
  };
}
