import type { Figure } from '../../data/schema';
import { isolateText } from '../../lib/isolate';
import { comparePlain } from '../../lib/textOrder';
import type { Matched } from '../../state/selectors';
import { FIGURE_COLUMNS, figureCsvRow } from '../csvRows';
import { FigureTable } from '../DataTables';
import { claimLabel } from '../deaths/deathsSpec';
import { describeFigure, type FigureText } from '../describeRecord';
import { FigureTooltip } from '../RecordTooltip';
import type { ChartSpec } from '../spec';
import { ClaimsDrawing } from './ClaimsDrawing';
import { type ClaimsLayout, computeClaims } from './computeClaims';

/** Counts of people that change as they are reported, and how each panel names them. */
const COUNTED: Record<string, string> = {
  deaths: 'Deaths',
  injuries: 'Injuries',
  displaced: 'People displaced',
};

const byAsOfDesc = (a: Matched<Figure>, b: Matched<Figure>) =>
  comparePlain(b.record.asOf ?? '', a.record.asOf ?? '');

const KIND_ORDER = Object.keys(COUNTED);

/** Deaths, then injuries, then displacement; within a kind, the place with the largest count first. */
function panelOrder(texts: readonly FigureText[]): FigureText[] {
  const largest = new Map<string, number>();
  for (const t of texts) {
    const key = `${t.figure.kind}|${t.subject}`;
    largest.set(key, Math.max(largest.get(key) ?? 0, t.figure.value));
  }
  const rank = (t: FigureText) => largest.get(`${t.figure.kind}|${t.subject}`) ?? 0;
  return [...texts].sort(
    (a, b) => KIND_ORDER.indexOf(a.figure.kind) - KIND_ORDER.indexOf(b.figure.kind) || rank(b) - rank(a),
  );
}

/** Reported counts over their as-of dates, one stepped series per claimant. */
export const claimsSpec: ChartSpec<Figure, FigureText, ClaimsLayout> = {
  id: 'claims',
  recordKind: 'figure',
  emptyNoun: 'dated claims of deaths, injuries or displacement',
  marksNoun: 'claims',
  tableNoun: 'claims as reported',
  reserve: (width) => (width < 600 ? 260 : 240),
  takes: (f) => Object.hasOwn(COUNTED, f.kind) && f.unit === 'people' && f.asOf !== null,
  cap: { limit: 60, rule: 'latest claims', compare: byAsOfDesc },
  articleOf: (t) => t.figure.source.article,
  describe: (record, match, ctx) => describeFigure(record, match, ctx),
  compute: (texts, width, measure) =>
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
    ),
  words: () => ({
    title: 'Claims over time',
    dek: "How each claimant's count changed from one report to the next.",
    caption:
      'One series per claimant, drawn as steps: a count is known only on the dates it was reported, so nothing is drawn as a slope between them. Claims are never added together.',
    footer: 'Counts as reported, by claimant and date. Crossroads.',
  }),
  Drawing: ClaimsDrawing,
  marks: (layout, byId) =>
    layout.marks.map((m) => ({ id: m.id, hit: m.hit, anchor: m.anchor, label: claimLabel(byId.get(m.id)!) })),
  csv: { columns: FIGURE_COLUMNS, row: figureCsvRow },
  Table: FigureTable,
  Tooltip: FigureTooltip,
};
