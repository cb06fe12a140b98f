import type { PlaceProps, ProjectProps } from '../data/schema';

// The map's colours. Canvas and SVG paths need literal colours, so they live here rather than in
// CSS; the legend draws its swatches from the same values. Hues are Okabe–Ito (safe for
// colour-blind readers). Each kind has a fill colour and a darker ink for lines and outlines, so
// every mark keeps at least 3:1 contrast against white (lines sit on a white casing).

export type ProjectKind = ProjectProps['kind'];
export type ProjectStatus = ProjectProps['status'];
export type PlaceKind = PlaceProps['kind'];

export interface KindColour {
  fill: string;
  ink: string;
}

export const KIND_COLOURS: Record<ProjectKind, KindColour> = {
  railway: { fill: '#0072b2', ink: '#0072b2' },
  highway: { fill: '#d55e00', ink: '#b34f00' },
  corridor: { fill: '#cc79a7', ink: '#a4457f' },
  'dry-port': { fill: '#009e73', ink: '#00714f' },
  'nuclear-plant': { fill: '#e69f00', ink: '#8a5f00' },
  energy: { fill: '#56b4e9', ink: '#1d6b99' },
  mining: { fill: '#8c8c8c', ink: '#3d3d3d' },
};

export const KIND_LABELS: Record<ProjectKind, string> = {
  railway: 'Railway',
  highway: 'Highway',
  corridor: 'Transport corridor',
  'dry-port': 'Dry port',
  'nuclear-plant': 'Nuclear power plant',
  energy: 'Energy',
  mining: 'Mining',
};

export const STATUS_LABELS: Record<ProjectStatus, string> = {
  planned: 'Planned',
  'under construction': 'Under construction',
  operational: 'Operational',
};

export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
  capital: 'Capital',
  city: 'City',
  'border-crossing': 'Border crossing',
  region: 'Region',
  sea: 'Sea',
  mountains: 'Mountains',
  'gas-field': 'Gas field',
};

export const MAP_COLOURS = {
  water: '#c9dde9',
  land: '#f2efe9',
  border: '#a59d90',
  /** Countries in the current filter: the page's accent, drawn as a heavy outline. */
  selected: '#1d3557',
  /** Reported attacks (the conflict layer): vermilion, with a dark red ink for text. */
  conflict: '#d55e00',
  conflictInk: '#8a1c00',
  placeInk: '#1b1f24',
  seaInk: '#1f5f8b',
  regionInk: '#5e5446',
  white: '#ffffff',
} as const;

/** Land shaded by how often the articles mention the country: none, then four classes. */
export const MENTION_RAMP = ['#f2efe9', '#ebe4d5', '#e2d6bf', '#d6c4a4', '#c8b189'] as const;

/** Relative luminance and contrast ratio (WCAG 2), for checking the palette. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
    const [r, g, bl] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
      number,
      number,
      number,
    ];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
