import { formatCount } from '../../lib/formatValue';
import { isolateText } from '../../lib/isolate';
import { claimLabel } from '../claimWords';
import type { FigureText } from '../describeRecord';
import { CLAIMS } from '../kinds';
import { figureChart } from '../spec';
import { ClaimsDrawing } from './ClaimsDrawing';
import { computeClaims, PANEL_LIMIT } from './computeClaims';

/** Until asked for all, the chart draws this many panels. */
const FIRST_PANELS = 2;
/** Panels past the most the chart ever draws: those only the filter can bring in. */
const beyondAll = (layout: { panels: readonly unknown[]; panelsLeftOut: readonly string[] }) =>
  layout.panelsLeftOut.slice(Math.max(0, PANEL_LIMIT - layout.panels.length));

/** Counts of people that change as they are reported, and how each panel names them. */
const COUNTED: Record<string, string> = {
  deaths: 'Deaths',
  injuries: 'Injuries',
  displaced: 'People displaced',
  detentions: 'Detentions',
};

const KIND_ORDER = Object.keys(COUNTED);

/** Deaths, then injuries, then displacement; within a kind, the place with the largest count first. */
function panelOrder(texts: readonly FigureText[]): FigureText[] {
  const largest = new Map<string, number>();
  for (const t of texts) {
    const key = `${t.figure.kind}|${t.subject}`;
    largest.set(key, Math.max(largest.get(key) ?? 0, t.figure.value));
  }
  // Each text's kind and rank worked out once, not in every comparison of the sort (500 claims).
  const keyed = texts.map((t) => ({
    t,
    kind: KIND_ORDER.indexOf(t.figure.kind),
    rank: largest.get(`${t.figure.kind}|${t.subject}`) ?? 0,
  }));
  keyed.sort((a, b) => a.kind - b.kind || b.rank - a.rank);
  return keyed.map((k) => k.t);
}

/** Reported counts over their as-of dates, one stepped series per claimant. */
export const claimsSpec = figureChart({
  id: 'claims',
  nouns: {
    empty: 'dated claims of deaths, injuries, displacement or detentions',
    marks: 'claims',
    table: 'claims as reported',
  },
  reserve: (width) => (width < 600 ? 260 : 240),
  takes: CLAIMS.takes,
  cap: CLAIMS.cap,
  compute: (texts, width, measure, options) =>
    computeClaims(
      panelOrder(texts).map((t) => ({
        id: t.id,
        panel: `${COUNTED[t.figure.kind] ?? t.figure.kind} in ${isolateText(t.subject)}`,
        claimant: t.reporterStated ? t.reporter : 'Claimant not stated',
        date: t.figure.asOf ?? '',
        value: t.figure.value,
        valueHigh: t.valueHigh,
        valueText: t.value,
      })),
      width,
      measure,
      options.range,
      options.showAll === true ? PANEL_LIMIT : FIRST_PANELS,
    ),
  words: (_texts, layout) => ({
    title: 'Claims over time',
    dek: "How each claimant's count changed from one report to the next.",
    caption: `One series per claimant, drawn as steps: a count is known only on the dates it was reported, so nothing is drawn as a slope between them. Claims are never added together.${layout.span === null ? '' : ` Every panel shares one time axis, ${layout.span[0]} to ${layout.span[1]}.`}`,
    footer: 'Counts as reported, by claimant and date. Crossroads.',
  }),
  fold: (layout) => ({
    shown: layout.panels.length,
    total: Math.min(PANEL_LIMIT, layout.panels.length + layout.panelsLeftOut.length),
    noun: 'panels',
  }),
  Drawing: ClaimsDrawing,
  marks: (layout, byId) =>
    layout.marks.map((m) => ({ id: m.id, hit: m.hit, anchor: m.anchor, label: claimLabel(byId.get(m.id)!) })),
  notes: (layout) => {
    const said = [
      layout.thinned > 0
        ? `${formatCount(layout.thinned)} claims lie on the lines without a mark of their own, where marks would crowd; the lowest and highest of each crowd keep theirs, and every claim is in the table.`
        : '',
      beyondAll(layout).length > 0
        ? `${formatCount(beyondAll(layout).length)} more panels are not drawn (${beyondAll(layout).slice(0, 3).join(', ')}${beyondAll(layout).length > 3 ? ', …' : ''}); choose countries in the filter to draw theirs.`
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    return { leftOut: said === '' ? null : said, summary: said };
  },
});
