import type { Figure } from '../../data/schema';
import { firstRanked } from '../capForDisplay';
import { claimLabel, claimMeta } from '../claimWords';
import type { FigureText } from '../describeRecord';
import { figureValueText, type NameContext } from '../describeRecord';
import { byDateDesc, type KindFacts } from '../kinds';
import type { ChartSpec, Fold } from '../spec';
import { figureChart, labelled, type SpecWords } from '../specDefaults';
import { computeDeaths, type DeathsLayout } from './computeDeaths';
import { DeathsDrawing } from './DeathsDrawing';

interface ClaimBarsParts {
  marks: string;
  /** The group a claim is drawn in: the place for people, the measure for counts. */
  groupOf: (figure: Figure, naming: NameContext) => string;
  /** Each group on its own scale from zero, for groups that measure different things. */
  scalePerGroup: boolean;
  words: (texts: readonly FigureText[]) => SpecWords;
}

/** Until asked for all, a claim-bars chart draws this many of its latest claims. */
export const FIRST_CLAIMS = 12;

export type ClaimBarsLayout = DeathsLayout & { fold: Fold };

/** One bar per claim, grouped, claims never added together: people killed, things counted. */
export const claimBarsChart = (
  facts: KindFacts,
  { marks, groupOf, scalePerGroup, words }: ClaimBarsParts,
): ChartSpec<Figure, FigureText, ClaimBarsLayout> =>
  figureChart(facts, {
    nouns: { marks, table: `${marks} as reported` },
    compute: (records, width, measure, { naming, showAll }): ClaimBarsLayout => {
      // A decade of claims is hundreds of bars: the latest few first, the rest behind "Show all".
      const drawn =
        showAll === true || records.length <= FIRST_CLAIMS
          ? records
          : firstRanked(records, FIRST_CLAIMS, byDateDesc);
      const layout = computeDeaths(
        drawn.map((m) => ({
          id: m.record.id,
          country: groupOf(m.record, naming),
          label: m.record.label,
          value: m.record.value,
          valueHigh: m.record.valueHigh ?? null,
          valueText: figureValueText(m.record),
          asOf: m.record.asOf ?? (m.record.year === null ? null : String(m.record.year)),
          meta: claimMeta(m, naming),
        })),
        width,
        measure,
        scalePerGroup,
      );
      return {
        ...layout,
        fold: { shown: drawn.length, total: records.length, noun: marks, which: 'latest' },
      };
    },
    fold: (layout) => layout.fold,
    words,
    Drawing: DeathsDrawing,
    marks: (layout, byId) =>
      layout.groups.flatMap((g) => g.claims.map((c) => labelled(c, claimLabel(byId.get(c.id)!)))),
  });
