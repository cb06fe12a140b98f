import { claimBarsChart } from '../deaths/claimBarsChart';
import { COUNTS } from '../kinds';

/** Counts of things, grouped by what they count: missiles are never drawn beside kilometres of track. */
export const countsSpec = claimBarsChart(COUNTS, {
  marks: 'counts',
  // Each group is one measure, on its own scale: never two measures in one group.
  groupOf: (f) => f.measure ?? f.label,
  scalePerGroup: true,
  words: () => ({
    dek: 'Counts of things as reported, one group per measure.',
    caption:
      'One bar per count as reported; each measure has its own scale from zero, so bars compare only within a group. Counts are never added together.',
    footer: 'Counts as reported, grouped by measure. Crossroads.',
  }),
});
