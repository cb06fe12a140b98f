import type { Figure } from '../../data/schema';
import { formatCount } from '../../lib/formatValue';
import { isolateText } from '../../lib/isolate';
import type { Matched } from '../../state/selectors';
import { claimLabel } from '../claimWords';
import { figureValueText, nameOf } from '../describeRecord';
import { CLAIMS } from '../kinds';
import { figureChart, labelled, leftOutNotes } from '../specDefaults';
import { ClaimsDrawing } from './ClaimsDrawing';
import { claimPoints } from './claimPoints';
import { computeClaims } from './computeClaims';

/** Until asked for all, the chart draws this many panels; asked, it draws every one. */
const FIRST_PANELS = 2;

/** Counts of people that change as they are reported, and how each panel names them. */
const COUNTED: Record<string, string> = {
  deaths: 'Deaths',
  injuries: 'Injuries',
  displaced: 'People displaced',
  detentions: 'Detentions',
};

const KIND_ORDER = Object.keys(COUNTED);

/** Deaths, then injuries, then displacement; within a kind, the place with the largest count first. */
function panelOrder(records: readonly Matched<Figure>[]): Matched<Figure>[] {
  const key = (f: Figure) => `${f.kind}|${f.subject}`;
  const largest = new Map<string, number>();
  for (const { record: f } of records) largest.set(key(f), Math.max(largest.get(key(f)) ?? 0, f.value));
  // Each record's kind and rank worked out once, not in every comparison of the sort (500 claims).
  const keyed = records.map((m) => ({
    m,
    kind: KIND_ORDER.indexOf(m.record.kind),
    rank: largest.get(key(m.record)) ?? 0,
  }));
  keyed.sort((a, b) => a.kind - b.kind || b.rank - a.rank);
  return keyed.map((k) => k.m);
}

/** Reported counts over their as-of dates, one stepped series per claimant. */
export const claimsSpec = figureChart(CLAIMS, {
  nouns: { marks: 'claims', table: 'claims as reported' },
  compute: (records, width, measure, options) =>
    computeClaims(
      claimPoints(
        panelOrder(records),
        (f) => `${COUNTED[f.kind] ?? f.kind} in ${isolateText(nameOf(options.names, f.subject))}`,
        'Claimant not stated',
        (f) => figureValueText(f),
      ),
      width,
      measure,
      options.range,
      options.showAll === true ? Number.POSITIVE_INFINITY : FIRST_PANELS,
    ),
  words: (_texts, layout) => ({
    dek: "How each claimant's count changed from one report to the next.",
    caption: `One series per claimant, drawn as steps: a count is known only on the dates it was reported, so nothing is drawn as a slope between them. Claims are never added together.${layout.span === null ? '' : ` Every panel shares one time axis, ${layout.span[0]} to ${layout.span[1]}.`}`,
    footer: 'Counts as reported, by claimant and date. Crossroads.',
  }),
  fold: (layout) => ({
    shown: layout.panels.length,
    total: layout.panels.length + layout.panelsLeftOut.length,
    noun: 'panels',
  }),
  Drawing: ClaimsDrawing,
  marks: (layout, byId) => layout.marks.map((m) => labelled(m, claimLabel(byId.get(m.id)!))),
  notes: (layout) =>
    leftOutNotes(
      layout.thinned > 0
        ? `${formatCount(layout.thinned)} claims lie on the lines without a mark of their own, where marks would crowd; the lowest and highest of each crowd keep theirs, and every claim is in the table.`
        : null,
    ),
});
