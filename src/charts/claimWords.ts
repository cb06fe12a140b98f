import type { Figure } from '../data/schema';
import { formatIsoDate } from '../lib/formatDate';
import { isolateText } from '../lib/isolate';
import type { Matched } from '../state/selectors';
import { type FigureText, figureRegional, type NameContext } from './describeRecord';

/** "Claimed by Iranian officials, as of 17 June 2025. Mostly civilians." under a claim's bar. */
export function claimMeta({ record: f, match }: Matched<Figure>, naming: NameContext): string {
  const regional = figureRegional(f, match, naming);
  return (
    [
      f.reportedBy !== null ? `Claimed by ${isolateText(f.reportedBy)}` : 'Claimant not stated',
      f.asOf !== null ? `as of ${formatIsoDate(f.asOf)}` : 'date not stated',
    ].join(', ') +
    (f.note !== null ? `. ${isolateText(f.note)}` : '.') +
    (regional ? ` (${regional})` : '')
  );
}

/** "224, claimed by Iranian officials, as of 17 Jun 2025": what a claim's mark says. */
export const claimLabel = (t: FigureText): string =>
  `${t.figure.label}: ${t.value}, ${t.reporterStated ? `claimed by ${t.reporter}` : 'claimant not stated'}, ${t.asOf ? `as of ${t.asOf}` : 'date not stated'}`;
