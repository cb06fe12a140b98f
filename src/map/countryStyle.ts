import type { PathOptions } from 'leaflet';
import { MAP_COLOURS, MENTION_RAMP } from './palette';

export interface CountryLook {
  /** 0 = not mentioned, 1–4 = mention class. */
  mentionClass: number;
  /** In the current country filter. */
  selected: boolean;
  /** Online tiles have loaded under the basemap: let them show through. */
  tilesShown: boolean;
}

/** A country shape's fill and outline: shaded by mentions, outlined heavily when in the filter. */
export function countryStyle(look: CountryLook): PathOptions {
  const fillColor = MENTION_RAMP[Math.max(0, Math.min(4, look.mentionClass))] ?? MENTION_RAMP[0];
  return {
    stroke: true,
    color: look.selected ? MAP_COLOURS.selected : MAP_COLOURS.border,
    weight: look.selected ? 2.5 : 0.7,
    opacity: 1,
    fill: true,
    fillColor,
    fillOpacity: look.tilesShown ? (look.mentionClass > 0 || look.selected ? 0.45 : 0) : 1,
    lineJoin: 'round',
  };
}
