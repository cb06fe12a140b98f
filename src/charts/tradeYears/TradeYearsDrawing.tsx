import { TYPE } from '../chartType';
import { SERIES_COLOURS } from '../claims/ClaimsDrawing';
import { INK, MUTED, PAPER, RULE } from '../palette';
import type { DrawingProps } from '../spec';
import type { TradeYearsLayout } from './computeTradeYears';

const colour = (style: number) => SERIES_COLOURS[style % SERIES_COLOURS.length];

/** The multiples as SVG; every position comes from computeTradeYears. */
export function TradeYearsDrawing({ layout, selectedId, activeId }: DrawingProps<TradeYearsLayout>) {
  return (
    <>
      {layout.multiples.map((m) => (
        <g key={m.key}>
          <text x={m.heading.x} y={m.heading.y} fontSize={TYPE.body} fontWeight={700} fill={INK}>
            {m.heading.text}
          </text>
          {m.legend.map((l) => (
            <g key={l.y}>
              {l.style >= 0 && (
                <line
                  x1={0}
                  x2={24}
                  y1={l.y - 4}
                  y2={l.y - 4}
                  stroke={colour(l.style)}
                  strokeWidth={2.5}
                  strokeDasharray={l.mirror ? '5 3' : undefined}
                />
              )}
              <text x={l.x} y={l.y} fontSize={TYPE.small} fill={INK}>
                {l.text}
              </text>
            </g>
          ))}
          {m.valueTicks.map((t) => (
            <g key={t.y}>
              <line x1={m.axis.x1} x2={m.axis.x2} y1={t.y0} y2={t.y0} stroke={RULE} />
              <text x={t.x} y={t.y} fontSize={TYPE.small} fill={MUTED}>
                {t.text}
              </text>
            </g>
          ))}
          {m.axis.ticks.map((t) => (
            <text key={t.text} x={t.x} y={t.y} fontSize={TYPE.small} fill={MUTED}>
              {t.text}
            </text>
          ))}
          {m.series.map((s) => (
            <g key={s.name}>
              <path
                d={s.path}
                fill="none"
                stroke={colour(s.style)}
                strokeWidth={2}
                strokeDasharray={s.mirror ? '5 3' : undefined}
              />
              {s.points.map((p) => {
                const emphasis = p.id === selectedId || p.id === activeId;
                return (
                  <g key={p.id}>
                    <circle
                      cx={p.at.x}
                      cy={p.at.y}
                      r={emphasis ? 6 : 4}
                      fill={p.undated ? PAPER : colour(s.style)}
                      stroke={p.undated ? colour(s.style) : PAPER}
                      strokeWidth={p.undated ? 2 : 1}
                    />
                    {emphasis && (
                      <circle cx={p.at.x} cy={p.at.y} r={9} fill="none" stroke={INK} strokeWidth={2} />
                    )}
                  </g>
                );
              })}
              {s.label !== null && (
                <text x={s.label.x} y={s.label.y} fontSize={TYPE.small} fontWeight={700} fill={INK}>
                  {s.label.text}
                </text>
              )}
            </g>
          ))}
        </g>
      ))}
    </>
  );
}
