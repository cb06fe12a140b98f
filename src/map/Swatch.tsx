import type { LineStyle, Paint, PointStyle } from './styles';

// Legend and list swatches, drawn from the very paint the map's canvas uses.

const svgStroke = ({ stroke }: Paint) => ({
  stroke: stroke?.colour ?? 'none',
  strokeWidth: stroke?.width ?? 0,
  strokeOpacity: stroke?.alpha ?? 1,
  strokeDasharray: stroke?.dash.length ? stroke.dash.join(' ') : undefined,
  strokeLinecap: stroke?.cap ?? 'round',
  strokeLinejoin: stroke?.join ?? 'round',
});
const svgFill = ({ fill }: Paint) => ({ fill: fill?.colour ?? 'none', fillOpacity: fill?.alpha ?? 1 });

export function LineSwatch({ style, width = 44 }: { style: LineStyle; width?: number }) {
  const band = Math.max(style.casing.stroke?.width ?? 0, style.line.stroke?.width ?? 0);
  const height = Math.max(16, Math.ceil(band) + 2);
  const y = height / 2;
  return (
    <svg
      className="swatch"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      <line x1={8} x2={width - 8} y1={y} y2={y} {...svgStroke(style.casing)} />
      <line x1={8} x2={width - 8} y1={y} y2={y} {...svgStroke(style.line)} />
    </svg>
  );
}

function Shape({
  shape,
  r,
  cx,
  cy,
  options,
}: {
  shape: PointStyle['shape'];
  r: number;
  cx: number;
  cy: number;
  options: Paint;
}) {
  const props = { ...svgStroke(options), ...svgFill(options) };
  if (shape === 'diamond')
    return <polygon points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`} {...props} />;
  return <circle cx={cx} cy={cy} r={r} {...props} />;
}

export function PointSwatch({ style, size }: { style: PointStyle; size?: number }) {
  const r = Math.max(style.marker.radius, style.halo?.radius ?? 0);
  const side = size ?? Math.ceil(2 * r + 4);
  const c = side / 2;
  const scale = side < 2 * r + 4 ? (side - 4) / (2 * r) : 1;
  return (
    <svg className="swatch" width={side} height={side} viewBox={`0 0 ${side} ${side}`} aria-hidden="true">
      {style.halo && (
        <Shape shape="circle" r={style.halo.radius * scale} cx={c} cy={c} options={style.halo} />
      )}
      <Shape shape={style.shape} r={style.marker.radius * scale} cx={c} cy={c} options={style.marker} />
    </svg>
  );
}

/** A cluster marker in small, as the map draws it (map.css, .cr-cluster). */
export function ClusterSwatch() {
  return (
    <svg className="swatch" width={26} height={26} viewBox="0 0 26 26" aria-hidden="true">
      <circle cx={13} cy={13} r={11} fill="#1b1f24" stroke="#ffffff" strokeWidth={2} />
      <text x={13} y={17} textAnchor="middle" fontSize={10} fontWeight={600} fill="#ffffff">
        12
      </text>
    </svg>
  );
}
