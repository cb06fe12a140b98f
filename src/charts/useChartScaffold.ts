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
  const svgRef = useRef<SVGSVGElement>(null);
  const headingId = useId();
  const summaryId = useId();
  const interaction = useMarkInteraction(kind);
  return {
    naming: useNameContext(),
    headingId,
    summaryId,
    measureRef,
    svgRef,
    width: useChartWidth(measureRef),
    interaction,
    /** The props every chart passes to ChartStage the same way: spread them. */
    stageProps: {
      svgRef,
      labelledBy: headingId,
      describedBy: summaryId,
      selectedId: interaction.selectedId,
      activeId: interaction.activeId,
      onActive: interaction.setActiveId,
      onToggle: interaction.onToggle,
    },
  };
}
