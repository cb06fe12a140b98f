import type { Figure } from '../../data/schema';
import { comparePlain } from '../../lib/textOrder';
import type { Matched } from '../../state/selectors';
import { claimLabel, claimMeta } from '../claimWords';
import { figureChart } from '../spec';
import { computeDeaths } from './computeDeaths';
import { DeathsDrawing } from './DeathsDrawing';

// ISO dates sort as plain strings; a locale-aware compare would only cost time.
export const byAsOfDesc = (a: Matched<Figure>, b: Matched<Figure>) =>
  comparePlain(b.record.asOf ?? '', a.record.asOf ?? '');

/** Each side's count of the dead, one bar per claim, claims never added together. */
export const deathsSpec = figureChart({
  id: 'deaths',
  nouns: { empty: 'reported deaths', marks: 'claims', table: 'claims as reported' },
  reserve: (width) => (width < 600 ? 228 : 212),
  takes: (f) => f.kind === 'deaths' && f.unit === 'people',
  cap: { limit: 12, rule: 'latest claims', compare: byAsOfDesc },
  compute: (texts, width, measure) =>
    computeDeaths(
      texts.map((t) => ({
        id: t.id,
        country: t.subject,
        label: t.figure.label,
        value: t.figure.value,
        valueHigh: t.valueHigh,
        valueText: t.value,
        asOf: t.figure.asOf,
        meta: claimMeta(t),
      })),
      width,
      measure,
    ),
  words: (texts) => {
    const places = [...new Set(texts.map((t) => t.subject))];
    return {
      title: places.length > 0 ? `Reported deaths in ${places.join(' and ')}` : 'Reported deaths',
      dek: "Each side's count of the dead, with who made the claim and when.",
      caption:
        'One bar per claim, on one scale from zero. Claims by different sides, or on different dates, are shown separately and never added together.',
      footer: 'Claims as reported, never summed. Crossroads.',
    };
  },
  Drawing: DeathsDrawing,
  marks: (layout, byId) =>
    layout.groups.flatMap((g) =>
      g.claims.map((c) => ({ id: c.id, hit: c.hit, anchor: c.anchor, label: claimLabel(byId.get(c.id)!) })),
    ),
});
