import type { Figure } from '../../data/schema';
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
      texts.map((t) => ({
        id: t.id,
        panel: `${COUNTED[t.figure.kind] ?? t.figure.kind} in ${t.subject}`,
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
