import { useId } from 'react';
import { TYPE } from '../chartType';
import { BLUE, INK, MUTED, PAPER, SKY, VERMILLION } from '../palette';
import { RangeSpan } from '../RangeSpan';
import type { DrawingProps } from '../spec';
import type { TradeLayout } from './computeTrade';

const NOTE_BG = '#fdf1e6';
const SEGMENT_FILL = { part: BLUE, 'part-alt': SKY } as const;

/** The trade bars as SVG. Pure drawing: every position comes from computeTrade. */
export function TradeDrawing({ layout, selectedId, activeId, highlighted }: DrawingProps<TradeLayout>) {
  const id = useId().replace(/:/g, '');
  const hatch = `hatch-${id}`;
  const grey = `grey-${id}`;
  return (
    <>
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={PAPER} />
          <rect width="3" height="6" fill={BLUE} />
        </pattern>
        <pattern id={grey} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={PAPER} />
          <rect width="2" height="6" fill={MUTED} />
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
      {layout.lines.map((l) => (
        <text
          key={`${l.x},${l.y}`}
          x={l.x}
          y={l.y}
          fontSize={l.size}
          fontWeight={l.bold ? 700 : undefined}
          fill={l.tone === 'ink' ? INK : MUTED}
        >
          {l.text}
        </text>
      ))}
      {layout.segments.map((s) => (
        <g key={`${s.x},${s.y},${s.tone}`}>
          <rect
            x={s.x}
            y={s.y}
            width={s.width}
            height={s.height}
            fill={
              s.tone === 'remainder'
                ? `url(#${grey})`
                : s.tone === 'overshoot'
                  ? 'none'
                  : SEGMENT_FILL[s.tone]
            }
            stroke={s.tone === 'overshoot' ? VERMILLION : PAPER}
            strokeWidth={s.tone === 'overshoot' ? 2 : 1}
          />
          {s.label !== null && (
            <text x={s.label.x} y={s.label.y} fontSize={TYPE.small} fill={MUTED}>
              {s.label.text}
            </text>
          )}
        </g>
      ))}
      {layout.totals.map((t) => (
        <line
          key={`${t.x},${t.y}`}
          x1={t.x}
          x2={t.x}
          y1={t.y}
          y2={t.y + t.height}
          stroke={INK}
          strokeWidth={2}
        />
      ))}
      {layout.bars.map((b) => {
        const emphasis = b.id === selectedId || b.id === activeId || highlighted.has(b.id);
        return (
          <g key={b.id}>
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
            <RangeSpan box={b.span} colour={BLUE} fill={SKY} />
            {emphasis && (
              <rect
                x={b.bar.x - 2}
                y={b.bar.y - 2}
                width={b.bar.width + (b.span?.width ?? 0) + 4}
                height={b.bar.height + 4}
                fill="none"
                stroke={highlighted.has(b.id) && b.id !== selectedId ? VERMILLION : INK}
                strokeWidth={b.id === selectedId || highlighted.has(b.id) ? 3 : 1.5}
              />
            )}
            <text
              x={b.value.x}
              y={b.value.y}
              fontSize={TYPE.body}
              fontWeight={700}
              fill={b.value.inside ? PAPER : INK}
            >
              {b.value.text}
            </text>
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
