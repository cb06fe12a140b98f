import type { ReactNode } from 'react';

/** One legend entry: a swatch drawn from the map's own styles, and what it means. */
export function LegendItem({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li>
      <span className="legend-swatch">{swatch}</span>
      <span>{children}</span>
    </li>
  );
}

export function LegendGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="legend-group">
      <h4>{title}</h4>
      <ul>{children}</ul>
    </div>
  );
}
