import type { Figure } from '../../data/schema';
import { claimLabel, claimMeta } from '../claimWords';
import type { FigureText } from '../describeRecord';
import { figureValueText, type NameContext } from '../describeRecord';
import type { KindFacts } from '../kinds';
import type { ChartSpec } from '../spec';
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

/** One bar per claim, grouped, claims never added together: people killed, things counted. */
export const claimBarsChart = (
  facts: KindFacts,
  { marks, groupOf, scalePerGroup, words }: ClaimBarsParts,
): ChartSpec<Figure, FigureText, DeathsLayout> =>
  figureChart(facts, {
    nouns: { marks, table: `${marks} as reported` },
    compute: (records, width, measure, { naming }) =>
      computeDeaths(
        records.map((m) => ({
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
      ),
    words,
    Drawing: DeathsDrawing,
    marks: (layout, byId) =>
      layout.groups.flatMap((g) => g.claims.map((c) => labelled(c, claimLabel(byId.get(c.id)!)))),
  });
