import { isolateText } from '../../lib/isolate';
import type { FigureText } from '../describeRecord';
import { percentKind } from '../kinds';
import { figureChart } from '../spec';
import { computePercent, percentNotes } from './computePercent';
import { PercentDrawing } from './PercentDrawing';

const yearOf = (t: FigureText): number | null =>
  t.figure.year ?? (t.figure.asOf === null ? null : Number(t.figure.asOf.slice(0, 4)));

const rowOf = (t: FigureText): string =>
  `${isolateText(t.subject)}${t.counterpart === null ? '' : ` → ${isolateText(t.counterpart)}`}${
    t.figure.measure === undefined ? '' : ` · ${isolateText(t.figure.measure)}`
  }`;

const WORDS = {
  share: {
    title: 'Shares, by subject and partner',
    dek: 'Each share as reported, one row per subject, partner and measure; the latest year filled.',
    caption: 'One scale from 0% to 100%. A share above 100% is refused: a part cannot exceed its whole.',
  },
  tariff: {
    title: 'Tariffs, by who levies them',
    dek: 'Each tariff as reported, one row per levying country, partner and good; the latest year filled.',
    caption: 'One scale from 0%; a tariff may exceed 100%.',
  },
} as const;

/** Percent kinds as a dot plot per subject and counterpart across years. */
export const percentSpec = (kind: 'share' | 'tariff') =>
  figureChart({
    id: kind,
    nouns: { empty: `${kind}s`, marks: 'dots', table: 'figures as reported' },
    optional: true,
    reserve: (width) => (width < 600 ? 280 : 260),
    takes: percentKind(kind).takes,
    cap: percentKind(kind).cap,
    compute: (texts, width, measure) =>
      computePercent(
        texts.map((t) => ({
          id: t.id,
          row: rowOf(t),
          value: t.figure.value,
          year: yearOf(t),
          valueText: t.amount,
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
          return {
            id: d.id,
            hit: d.hit,
            anchor: d.anchor,
            label: `${t.figure.label}: ${t.value}, ${t.year}, ${t.reporterStated ? `reported by ${t.reporter}` : 'source not stated'}`,
          };
        }),
      ),
    ordered: (texts, layout) => {
      const rank = new Map(layout.order.map((id, i) => [id, i]));
      return [...texts].sort((a, b) => (rank.get(a.id) ?? rank.size) - (rank.get(b.id) ?? rank.size));
    },
    notes: (layout) => {
      const said = percentNotes(layout);
      return { leftOut: said, summary: said ?? '' };
    },
  });
