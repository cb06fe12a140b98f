import { useId } from 'react';
import { TYPE } from '../chartType';
import { BLUE, INK, MUTED, PAPER, VERMILLION } from '../palette';
import type { TradeLayout } from './computeTrade';

const NOTE_BG = '#fdf1e6';

/** The trade bars as SVG. Pure drawing: every position comes from computeTrade. */
export function TradeDrawing({
  layout,
  selectedId,
  activeId,
}: {
  layout: TradeLayout;
  selectedId: string | null;
  activeId: string | null;
}) {
  const hatch = `hatch-${useId().replace(/:/g, '')}`;
  return (
    <>
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={PAPER} />
          <rect width="3" height="6" fill={BLUE} />
        </pattern>
      </defs>
      {layout.legend !== null && (
        <g>
          <rect x={0} y={4} width={30} height={12} fill={BLUE} />
          <rect x={18} y={4} width={12} height={12} fill={`url(#${hatch})`} />
          <rect x={0.5} y={4.5} width={29} height={11} fill="none" stroke={BLUE} />
          <text x={38} y={layout.legend.y} fontSize={TYPE.small} fill={MUTED}>
            Hatched end = approximate value
          </text>
        </g>
      )}
      {layout.bars.map((b) => {
        const emphasis = b.id === selectedId || b.id === activeId;
        const inside = b.value.x < b.bar.width;
        return (
          <g key={b.id}>
            {b.name.map((l) => (
              <text key={l.y} x={l.x} y={l.y} fontSize={TYPE.body} fontWeight={700} fill={INK}>
                {l.text}
              </text>
            ))}
            <rect x={b.bar.x} y={b.bar.y} width={b.bar.width} height={b.bar.height} fill={BLUE} />
            {b.approxTip !== null && (
              <rect
                x={b.approxTip.x}
                y={b.bar.y}
                width={b.approxTip.width}
                height={b.bar.height}
                fill={`url(#${hatch})`}
              />
            )}
            {emphasis && (
              <rect
                x={b.bar.x - 2}
                y={b.bar.y - 2}
                width={b.bar.width + 4}
                height={b.bar.height + 4}
                fill="none"
                stroke={INK}
                strokeWidth={b.id === selectedId ? 3 : 1.5}
              />
            )}
            <text
              x={b.value.x}
              y={b.value.y}
              fontSize={TYPE.body}
              fontWeight={700}
              fill={inside ? PAPER : INK}
            >
              {b.value.text}
            </text>
            {b.meta.map((l) => (
              <text key={l.y} x={l.x} y={l.y} fontSize={TYPE.small} fill={MUTED}>
                {l.text}
              </text>
            ))}
          </g>
        );
      })}
      {layout.notes !== null && (
        <g>
          <rect x={0} y={layout.notes.top} width={layout.width} height={layout.notes.height} fill={NOTE_BG} />
          <rect x={0} y={layout.notes.top} width={4} height={layout.notes.height} fill={VERMILLION} />
          <text
            x={layout.notes.heading.x}
            y={layout.notes.heading.y}
            fontSize={TYPE.small}
            fontWeight={700}
            fill={INK}
          >
            {layout.notes.heading.text}
          </text>
          {layout.notes.lines.map((l) => (
            <text key={l.y} x={l.x} y={l.y} fontSize={TYPE.small} fill={INK}>
              {l.text}
            </text>
          ))}
        </g>
      )}
    </>
  );
}
