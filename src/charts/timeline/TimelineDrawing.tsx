import { TYPE } from '../chartType';
import { INK, MUTED, PAPER, RULE, SPAN, VERMILLION } from '../palette';
import type { DrawingProps } from '../spec';
import type { TimelineLayout, TimelineMark } from './timelineTypes';

function Break({ x, y, vertical }: { x: number; y: number; vertical: boolean }) {
  // Two short slashes across the gap: the axis is broken here, time is not continuous.
  const d = vertical
    ? `M${x - 7},${y - 6} l14,-4 M${x - 7},${y + 4} l14,-4`
    : `M${x - 6},${y + 7} l4,-14 M${x + 2},${y + 7} l4,-14`;
  return <path d={d} stroke={MUTED} strokeWidth={1.5} fill="none" />;
}

function Mark({
  mark,
  emphasis,
  selected,
  small,
}: {
  mark: TimelineMark;
  emphasis: boolean;
  selected: boolean;
  small: boolean;
}) {
  const dash = mark.scheduled ? '3 3' : undefined;
  return (
    <g>
      <polyline
        points={mark.leader.map(([x, y]) => `${x},${y}`).join(' ')}
        fill="none"
        stroke={emphasis ? INK : MUTED}
        strokeWidth={emphasis ? 1.5 : 1}
        strokeDasharray={dash}
      />
      {mark.span !== null && (
        <rect
          x={mark.span.x}
          y={mark.span.y}
          width={mark.span.width}
          height={mark.span.height}
          rx={2}
          fill={mark.scheduled ? PAPER : SPAN}
          stroke={mark.scheduled ? VERMILLION : emphasis ? INK : 'none'}
          strokeWidth={emphasis ? 2 : 1.5}
          strokeDasharray={dash}
        />
      )}
      {mark.point !== null && (
        <circle
          cx={mark.point.x}
          cy={mark.point.y}
          r={(emphasis ? 7 : mark.scheduled ? 6 : 5) - (small ? 0.5 : 0)}
          fill={mark.scheduled ? PAPER : INK}
          stroke={mark.scheduled ? VERMILLION : PAPER}
          strokeWidth={mark.scheduled ? 2 : 1.5}
          strokeDasharray={mark.scheduled ? '2.5 2' : undefined}
        />
      )}
      <rect
        x={mark.box.x - 3}
        y={mark.box.y - 1}
        width={mark.box.width + 6}
        height={mark.box.height + 2}
        fill={PAPER}
        stroke={selected ? INK : 'none'}
        strokeWidth={2}
        rx={3}
      />
      {mark.lines.map((l, i) => (
        <text
          key={l.y}
          x={l.x}
          y={l.y}
          fontSize={TYPE.small}
          fontWeight={i < mark.boldLines ? 700 : 400}
          fontStyle={mark.scheduled ? 'italic' : 'normal'}
          fill={INK}
        >
          {l.text}
        </text>
      ))}
    </g>
  );
}

/** The timeline as SVG: axis segments with breaks, date ticks, spans, points and hanging labels. */
export function TimelineDrawing({ layout, selectedId, activeId }: DrawingProps<TimelineLayout>) {
  const vertical = layout.orientation === 'vertical';
  return (
    <>
      {layout.grid.map((g) => (
        <line
          key={`${g.x1},${g.y1}`}
          x1={g.x1}
          y1={g.y1}
          x2={g.x2}
          y2={g.y2}
          stroke={vertical ? MUTED : RULE}
        />
      ))}
      {layout.ticks.map((t) => (
        <text key={`${t.x},${t.y}`} x={t.x} y={t.y} fontSize={TYPE.small} fill={MUTED} textAnchor={t.anchor}>
          {t.text}
        </text>
      ))}
      {layout.axes.map((a) => (
        <line
          key={`${a.x1},${a.y1}`}
          x1={a.x1}
          y1={a.y1}
          x2={a.x2}
          y2={a.y2}
          stroke={INK}
          strokeWidth={1.5}
        />
      ))}
      {layout.breaks.map((b) => (
        <Break key={`${b.x},${b.y}`} x={b.x} y={b.y} vertical={vertical} />
      ))}
      {/* The emphasised mark is drawn last so its label sits on top. */}
      {[...layout.marks]
        .sort(
          (a, b) =>
            Number(a.id === activeId || a.id === selectedId) -
            Number(b.id === activeId || b.id === selectedId),
        )
        .map((m) => (
          <Mark
            key={m.id}
            mark={m}
            emphasis={m.id === activeId || m.id === selectedId}
            selected={m.id === selectedId}
            small={vertical}
          />
        ))}
    </>
  );
}
