import { useId, useRef } from 'react';
import type { RecordKind } from '../state/selectionSlice';
import { useChartWidth } from './useChartWidth';
import { useMarkInteraction } from './useMarkInteraction';

/**
 * What every drawn chart needs: ids for its heading and summary, refs for the measured box and
 * the SVG (exports read it), the width it has, and mark focus and selection. Names come from the
 * panel as a prop (PlacedChartProps), so a chart far from the viewport can be left as it is.
 */
export function useChartScaffold(kind: RecordKind) {
  const measureRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const headingId = useId();
  const summaryId = useId();
  const interaction = useMarkInteraction(kind);
  return {
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
