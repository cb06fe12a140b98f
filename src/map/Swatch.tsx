import type { PathOptions } from 'leaflet';
import type { LineStyle, PointStyle } from './styles';

// Legend and list swatches, drawn from the very style objects the map uses.

const svgStroke = (o: PathOptions) => ({
  stroke: o.stroke === false ? 'none' : (o.color ?? 'none'),
  strokeWidth: o.weight ?? 1,
  strokeOpacity: o.opacity ?? 1,
  strokeDasharray: typeof o.dashArray === 'string' ? o.dashArray : undefined,
  strokeLinecap: o.lineCap ?? 'round',
  strokeLinejoin: o.lineJoin ?? 'round',
});
const svgFill = (o: PathOptions) => ({
  fill: o.fill === false ? 'none' : (o.fillColor ?? o.color ?? 'none'),
  fillOpacity: o.fillOpacity ?? 0.2,
});

export function LineSwatch({ style, width = 44 }: { style: LineStyle; width?: number }) {
  const band = Math.max(style.casing.weight ?? 0, style.line.weight ?? 0);
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
  options: PathOptions;
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
