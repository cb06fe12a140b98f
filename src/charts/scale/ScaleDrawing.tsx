import { TYPE } from '../chartType';
import { BLUE, GREEN, INK, MUTED, VERMILLION } from '../palette';
import type { DrawingProps } from '../spec';
import type { ScaleLayout } from './computeScale';

const ROW_COLOURS = [BLUE, GREEN, VERMILLION, INK];

/** The unit chart as SVG; every square comes from computeScale. */
export function ScaleDrawing({ layout, selectedId, activeId }: DrawingProps<ScaleLayout>) {
  const { key } = layout;
  return (
    <>
      <rect x={key.square.x} y={key.square.y} width={key.square.size} height={key.square.size} fill={MUTED} />
      {key.lines.map((l) => (
        <text key={l.y} x={l.x} y={l.y} fontSize={TYPE.small} fill={MUTED}>
          {l.text}
        </text>
      ))}
      {layout.rows.map((row, i) => {
        const colour = ROW_COLOURS[i % ROW_COLOURS.length];
        const emphasis = row.id === selectedId || row.id === activeId;
        const first = row.squares[0];
        const last = row.squares[row.squares.length - 1];
        // Keyed by place, not by row: when a filter change swaps the rows, the squares at the same
        // places are recoloured in place instead of hundreds of rects being rebuilt.
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity here (see above)
          <g key={i}>
            {row.title.map((l) => (
              <text key={l.y} x={l.x} y={l.y} fontSize={TYPE.body} fontWeight={700} fill={INK}>
                {l.text}
              </text>
            ))}
            {row.meta.map((l) => (
              <text key={l.y} x={l.x} y={l.y} fontSize={TYPE.small} fill={MUTED}>
                {l.text}
              </text>
            ))}
            {row.squares.map((s) => (
              <rect key={`${s.x},${s.y}`} x={s.x} y={s.y} width={s.width} height={s.size} fill={colour} />
            ))}
            {emphasis && first !== undefined && last !== undefined && (
              <rect
                x={-3}
                y={first.y - 3}
                width={layout.cell * Math.min(layout.columns, row.squares.length) + 3}
                height={last.y + last.size - first.y + 6}
                fill="none"
                stroke={INK}
                strokeWidth={row.id === selectedId ? 3 : 1.5}
              />
            )}
          </g>
        );
      })}
      {layout.ratio !== null && (
        <g>
          <text x={layout.ratio.big.x} y={layout.ratio.big.y} fontSize={TYPE.big} fontWeight={700} fill={INK}>
            {layout.ratio.big.text}
          </text>
          {layout.ratio.lines.map((l) => (
            <text key={l.y} x={l.x} y={l.y} fontSize={TYPE.ratio} fill={INK}>
              {l.text}
            </text>
          ))}
        </g>
      )}
    </>
  );
}
