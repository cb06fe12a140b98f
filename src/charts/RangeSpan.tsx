import type { Box } from './geometry';

/**
 * The part of a reported range above its low value ("60 to 70"): a thin band from the low to the
 * high end, in the mark's colour, so a range never reads as a single number. Nothing when null.
 */
export function RangeSpan({ box, colour, fill }: { box: Box | null; colour: string; fill: string }) {
  if (box === null) return null;
  return (
    <rect
      x={box.x}
      y={box.y}
      width={box.width}
      height={box.height}
      fill={fill}
      stroke={colour}
      strokeWidth={1.5}
    />
  );
}
