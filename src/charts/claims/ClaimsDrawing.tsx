import { TYPE } from '../chartType';
import { BLUE, GREEN, INK, MUTED, PAPER, PURPLE, RULE, VERMILLION } from '../palette';
import { RangeSpan } from '../RangeSpan';
import type { DrawingProps } from '../spec';
import type { ClaimsLayout } from './computeClaims';

/** Colour and shape per series: shapes tell claimants apart without colour. */
export const SERIES_COLOURS = [BLUE, VERMILLION, GREEN, PURPLE];
/**
 * The second four series swap the shapes of the first four and dash their lines, so eight
 * claimants are eight different marks: the fifth is a blue square, not a second blue dot.
 */
const secondRound = (style: number) => Math.floor(style / SERIES_COLOURS.length) % 2 === 1;
const square = (style: number) => (style % 2 === 1) !== secondRound(style);

function Marker({ x, y, style, size = 5 }: { x: number; y: number; style: number; size?: number }) {
  const fill = SERIES_COLOURS[style % SERIES_COLOURS.length];
  if (square(style))
    return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} fill={fill} stroke={PAPER} />;
  return <circle cx={x} cy={y} r={size} fill={fill} stroke={PAPER} />;
}

/** The claims as stepped series, one panel per count and place; positions from computeClaims. */
export function ClaimsDrawing({ layout, selectedId, activeId }: DrawingProps<ClaimsLayout>) {
  return (
    <>
      {layout.panels.map((panel) => (
        <g key={panel.name}>
          <text x={panel.heading.x} y={panel.heading.y} fontSize={TYPE.body} fontWeight={700} fill={INK}>
            {panel.heading.text}
          </text>
          {panel.single?.map((l) => (
            <text key={l.y} x={l.x} y={l.y} fontSize={TYPE.small} fill={MUTED}>
              {l.text}
            </text>
          ))}
          {panel.legend.map((l) => (
            <g key={`${l.x},${l.y}`}>
              {l.style >= 0 && <Marker x={l.x - 14} y={l.y - 4} style={l.style} />}
              <text x={l.x} y={l.y} fontSize={TYPE.small} fill={INK}>
                {l.text}
              </text>
            </g>
          ))}
          {panel.axis !== null && (
            <g>
              <line x1={panel.axis.x1} x2={panel.axis.x2} y1={panel.axis.y} y2={panel.axis.y} stroke={RULE} />
              {panel.axis.ticks.map((t) => (
                <text key={t.x} x={t.x} y={t.y} fontSize={TYPE.small} fill={MUTED}>
                  {t.text}
                </text>
              ))}
            </g>
          )}
          {panel.series.map((s) => (
            <g key={s.claimant}>
              <path
                d={s.path}
                fill="none"
                stroke={SERIES_COLOURS[s.style % SERIES_COLOURS.length]}
                strokeWidth={2}
                strokeDasharray={secondRound(s.style) ? '6 3' : undefined}
              />
              {s.points.map((p) => {
                const emphasis = p.id === selectedId || p.id === activeId;
                return (
                  <g key={p.id}>
                    <RangeSpan box={p.span} colour={MUTED} fill={MUTED} />
                    <Marker x={p.at.x} y={p.at.y} style={s.style} size={emphasis ? 7 : 5} />
                    {emphasis && (
                      <circle cx={p.at.x} cy={p.at.y} r={10} fill="none" stroke={INK} strokeWidth={2} />
                    )}
                  </g>
                );
              })}
            </g>
          ))}
          {/* Values last, each on a paper halo, so no later series' line runs through one. */}
          {panel.series.flatMap((s) =>
            s.points.flatMap((p) =>
              p.label === null
                ? []
                : [
                    <text
                      key={`${p.id}-value`}
                      x={p.label.x}
                      y={p.label.y}
                      fontSize={TYPE.small}
                      fontWeight={700}
                      fill={INK}
                      stroke={PAPER}
                      strokeWidth={3}
                      paintOrder="stroke"
                    >
                      {p.label.text}
                    </text>,
                  ],
            ),
          )}
        </g>
      ))}
    </>
  );
}
