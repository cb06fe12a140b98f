import { TYPE } from '../chartType';
import { INK, MUTED, PAPER, VERMILLION } from '../palette';
import { RangeSpan } from '../RangeSpan';
import type { DrawingProps } from '../spec';
import type { DeathsLayout } from './computeDeaths';

/** The claims as SVG; every position comes from computeDeaths. */
export function DeathsDrawing({ layout, selectedId, activeId }: DrawingProps<DeathsLayout>) {
  return (
    <>
      {layout.groups.map((g) => (
        <g key={g.country}>
          <text x={g.heading.x} y={g.heading.y} fontSize={TYPE.heading} fontWeight={700} fill={INK}>
            {g.heading.text}
          </text>
          {g.subheading !== null && (
            <text x={g.subheading.x} y={g.subheading.y} fontSize={TYPE.small} fill={MUTED}>
              {g.subheading.text}
            </text>
          )}
          {g.claims.map((c) => {
            const emphasis = c.id === selectedId || c.id === activeId;
            return (
              <g key={c.id}>
                {c.label.map((l) => (
                  <text key={l.y} x={l.x} y={l.y} fontSize={TYPE.small} fill={INK}>
                    {l.text}
                  </text>
                ))}
                <rect x={c.bar.x} y={c.bar.y} width={c.bar.width} height={c.bar.height} fill={VERMILLION} />
                <RangeSpan box={c.span} colour={VERMILLION} fill={PAPER} />
                {emphasis && (
                  <rect
                    x={c.bar.x - 2}
                    y={c.bar.y - 2}
                    width={c.bar.width + 4}
                    height={c.bar.height + 4}
                    fill="none"
                    stroke={INK}
                    strokeWidth={c.id === selectedId ? 3 : 1.5}
                  />
                )}
                <text x={c.value.x} y={c.value.y} fontSize={TYPE.heading} fontWeight={700} fill={INK}>
                  {c.value.text}
                </text>
                {c.meta.map((l) => (
                  <text key={l.y} x={l.x} y={l.y} fontSize={TYPE.small} fill={MUTED}>
                    {l.text}
                  </text>
                ))}
              </g>
            );
          })}
        </g>
      ))}
    </>
  );
}
