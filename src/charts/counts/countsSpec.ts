import { claimLabel, claimMeta } from '../claimWords';
import { computeDeaths } from '../deaths/computeDeaths';
import { DeathsDrawing } from '../deaths/DeathsDrawing';
import { COUNTS } from '../kinds';
import { figureChart } from '../spec';

/** Counts of things, grouped by what they count: missiles are never drawn beside kilometres of track. */
export const countsSpec = figureChart({
  id: 'counts',
  nouns: { empty: 'counts of things', marks: 'counts', table: 'counts as reported' },
  optional: true,
  reserve: (width) => (width < 600 ? 228 : 212),
  takes: COUNTS.takes,
  cap: COUNTS.cap,
  compute: (texts, width, measure) =>
    computeDeaths(
      texts.map((t) => ({
        id: t.id,
        // Each group is one measure, on the chart's one scale: never two measures in one group.
        country: t.figure.measure ?? t.figure.label,
        label: t.figure.label,
        value: t.figure.value,
        valueHigh: t.valueHigh,
        valueText: t.value,
        asOf: t.figure.asOf ?? (t.figure.year === null ? null : String(t.figure.year)),
        meta: claimMeta(t),
      })),
      width,
      measure,
      true,
    ),
  words: () => ({
    title: 'Counts, by what they count',
    dek: 'Counts of things as reported, one group per measure.',
    caption:
      'One bar per count as reported; each measure has its own scale from zero, so bars compare only within a group. Counts are never added together.',
    footer: 'Counts as reported, grouped by measure. Crossroads.',
  }),
  Drawing: DeathsDrawing,
  marks: (layout, byId) =>
    layout.groups.flatMap((g) =>
      g.claims.map((c) => ({ id: c.id, hit: c.hit, anchor: c.anchor, label: claimLabel(byId.get(c.id)!) })),
    ),
});
