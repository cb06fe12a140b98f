import type { Figure } from '../../data/schema';
import type { Matched } from '../../state/selectors';
import type { ClaimPoint } from './computeClaims';

/** Records as points over their as-of dates: one panel per `panelOf`, one series per reporter. */
export const claimPoints = (
  records: readonly Matched<Figure>[],
  panelOf: (figure: Figure) => string,
  notStated: string,
  valueText: (figure: Figure) => string,
): ClaimPoint[] =>
  records.map(({ record: f }) => ({
    id: f.id,
    panel: panelOf(f),
    claimant: f.reportedBy ?? notStated,
    date: f.asOf ?? '',
    value: f.value,
    valueHigh: f.valueHigh ?? null,
    valueText: valueText(f),
  }));
