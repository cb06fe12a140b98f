import { isolateText } from '../lib/isolate';
import type { FigureText } from './describeRecord';

/** "Claimed by Iranian officials, as of 17 June 2025. Mostly civilians." under a claim's bar. */
export function claimMeta(t: FigureText): string {
  return (
    [
      t.reporterStated ? `Claimed by ${isolateText(t.reporter)}` : 'Claimant not stated',
      t.asOf !== null ? `as of ${t.asOf}` : 'date not stated',
    ].join(', ') +
    (t.figure.note !== null ? `. ${isolateText(t.figure.note)}` : '.') +
    (t.regional ? ` (${t.regional})` : '')
  );
}

/** "224, claimed by Iranian officials, as of 17 Jun 2025": what a claim's mark says. */
export const claimLabel = (t: FigureText): string =>
  `${t.figure.label}: ${t.value}, ${t.reporterStated ? `claimed by ${t.reporter}` : 'claimant not stated'}, ${t.asOf ? `as of ${t.asOf}` : 'date not stated'}`;
