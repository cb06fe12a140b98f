import type { Figure } from '../../data/schema';
import { isolateText } from '../../lib/isolate';
import { figureAmountText, nameOf } from '../describeRecord';
import { percentKind } from '../kinds';
import { figureChart, inLayoutOrder, labelled, leftOutNotes } from '../specDefaults';
import { computePercent, percentNotes } from './computePercent';
import { PercentDrawing } from './PercentDrawing';

const yearOf = (f: Figure): number | null => f.year ?? (f.asOf === null ? null : Number(f.asOf.slice(0, 4)));

const rowOf = (f: Figure, names: ReadonlyMap<string, string>): string =>
  `${isolateText(nameOf(names, f.subject))}${
    f.counterpart === null ? '' : ` → ${isolateText(nameOf(names, f.counterpart))}`
  }${f.measure === undefined ? '' : ` · ${isolateText(f.measure)}`}`;

const WORDS = {
  share: {
    dek: 'Each share as reported, one row per subject, partner and measure; the latest year filled.',
    caption: 'One scale from 0% to 100%. A share above 100% is refused: a part cannot exceed its whole.',
  },
  tariff: {
    dek: 'Each tariff as reported, one row per levying country, partner and good; the latest year filled.',
    caption: 'One scale from 0%; a tariff may exceed 100%.',
  },
} as const;

/** Percent kinds as a dot plot per subject and counterpart across years. */
export const percentSpec = (kind: 'share' | 'tariff') =>
  figureChart(percentKind(kind), {
    nouns: { marks: 'dots', table: 'figures as reported' },
    compute: (records, width, measure, { names }) =>
      computePercent(
        records.map(({ record: f }) => ({
          id: f.id,
          row: rowOf(f, names),
          value: f.value,
          year: yearOf(f),
          valueText: figureAmountText(f),
        })),
        width,
        measure,
        { capAt100: kind === 'share' },
      ),
    words: () => ({ ...WORDS[kind], footer: 'Each value as reported, with its year. Crossroads.' }),
    Drawing: PercentDrawing,
    marks: (layout, byId) =>
      layout.rows.flatMap((r) =>
        r.dots.map((d) => {
          const t = byId.get(d.id)!;
          const reporter = t.reporterStated ? `reported by ${t.reporter}` : 'source not stated';
          return labelled(d, `${t.figure.label}: ${t.value}, ${t.year}, ${reporter}`);
        }),
      ),
    ordered: (texts, layout) => inLayoutOrder(texts, layout.order),
    notes: (layout) => leftOutNotes(percentNotes(layout)),
  });
