import { TYPE } from '../chartType';
import { BLUE, INK, MUTED, PAPER, RULE } from '../palette';
import type { DrawingProps } from '../spec';
import type { PercentLayout } from './computePercent';

/** The dot plot as SVG; every position comes from computePercent. */
export function PercentDrawing({ layout, selectedId, activeId }: DrawingProps<PercentLayout>) {
  return (
    <>
      {layout.axis.x.map((x) => (
        <line key={x} x1={x} x2={x} y1={0} y2={layout.axis.y} stroke={RULE} />
      ))}
      {layout.axis.ticks.map((t) => (
        <text key={t.text} x={t.x} y={t.y} fontSize={TYPE.small} fill={MUTED}>
          {t.text}
        </text>
      ))}
      {layout.rows.map((row) => (
        <g key={row.name[0]?.y}>
          {row.name.map((l) => (
            <text key={l.y} x={l.x} y={l.y} fontSize={TYPE.small} fill={INK}>
              {l.text}
            </text>
          ))}
          <line
            x1={row.line.x1}
            x2={row.line.x2}
            y1={row.line.y}
            y2={row.line.y}
            stroke={RULE}
            strokeWidth={2}
          />
          {row.dots.map((d) => {
            const emphasis = d.id === selectedId || d.id === activeId;
            return (
              <g key={d.id}>
                <circle
                  cx={d.at.x}
                  cy={d.at.y}
                  r={emphasis ? 7 : 5}
                  fill={d.latest ? BLUE : PAPER}
                  stroke={BLUE}
                  strokeWidth={2}
                />
                {emphasis && (
                  <circle cx={d.at.x} cy={d.at.y} r={10} fill="none" stroke={INK} strokeWidth={2} />
                )}
              </g>
            );
          })}
          <text x={row.label.x} y={row.label.y} fontSize={TYPE.small} fontWeight={700} fill={INK}>
            {row.label.text}
          </text>
        </g>
      ))}
    </>
  );
}
