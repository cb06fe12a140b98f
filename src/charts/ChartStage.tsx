import { type ReactNode, type RefObject, useId } from 'react';
import type { PlacedMark } from './geometry';

// The drawing and its interactive layer. The SVG is one image (role="img", children
// presentational), so the focusable marks cannot live inside it: they are real buttons laid
// over the drawn marks, in reading order, each with its own name. The tooltip is a React
// element positioned over the chart, never an HTML string.

export interface StageMark extends PlacedMark {
  /** What a screen reader says for the mark. */
  label: string;
}

interface ChartStageProps {
  /** The chart's title, also kept inside the SVG so an exported file names itself. */
  title: string;
  width: number;
  height: number;
  svgRef: RefObject<SVGSVGElement | null>;
  labelledBy: string;
  describedBy: string;
  marksLabel: string;
  marks: readonly StageMark[];
  selectedId: string | null;
  activeId: string | null;
  onActive: (id: string | null) => void;
  onToggle: (id: string) => void;
  tooltip: (id: string) => ReactNode;
  children: ReactNode;
}

/** The tooltip's widest (22rem): it must fit inside the chart, whatever the mark's position. */
const TOOLTIP_MAX = 352;

/** Under the mark, on whichever side keeps it inside the chart; full width on narrow charts. */
export function tooltipPlacement(anchor: { x: number; y: number }, width: number) {
  const top = anchor.y + 10;
  if (width <= TOOLTIP_MAX + 24) return { left: 0, right: 0, top };
  if (anchor.x - 12 + TOOLTIP_MAX <= width) return { left: Math.max(0, anchor.x - 12), top };
  if (anchor.x + 12 >= TOOLTIP_MAX) return { right: Math.max(0, width - anchor.x - 12), top };
  return { left: 0, top };
}

export function ChartStage(props: ChartStageProps) {
  const { width, height, marks, activeId, onActive } = props;
  const tooltipId = useId();
  const active = marks.find((m) => m.id === activeId) ?? null;
  const tooltipStyle = active === null ? undefined : tooltipPlacement(active.anchor, width);
  return (
    <div className="chart-stage" style={{ height }}>
      <svg
        ref={props.svgRef}
        className="chart-svg"
        role="img"
        aria-labelledby={props.labelledBy}
        aria-describedby={props.describedBy}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <title>{props.title}</title>
        {props.children}
      </svg>
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled set of buttons; a fieldset is for form fields */}
      <div className="chart-marks" role="group" aria-label={props.marksLabel}>
        {marks.map((m) => (
          <button
            key={m.id}
            type="button"
            className="chart-mark"
            style={{ left: m.hit.x, top: m.hit.y, width: m.hit.width, height: m.hit.height }}
            aria-label={m.label}
            aria-pressed={props.selectedId === m.id}
            aria-describedby={activeId === m.id ? tooltipId : undefined}
            data-mark-id={m.id}
            onClick={() => props.onToggle(m.id)}
            onFocus={() => onActive(m.id)}
            onBlur={() => onActive(null)}
            onPointerEnter={() => onActive(m.id)}
            onPointerLeave={(e) => {
              if (document.activeElement !== e.currentTarget) onActive(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') onActive(null);
            }}
          />
        ))}
      </div>
      {active !== null && (
        <div id={tooltipId} role="tooltip" className="chart-tooltip" style={tooltipStyle}>
          {props.tooltip(active.id)}
        </div>
      )}
    </div>
  );
}
