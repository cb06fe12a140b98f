import type { Figure, FigureKind } from '../../../src/data/schema';
import type { GenContext } from '../context';
import { slugify } from '../words';
import { count } from './count';
import { growth } from './growth';
import { investment, losses, trade } from './money';
import { deaths, detentions, displaced, injuries, population } from './people';
import { share, tariff } from './percent';
import { price } from './price';
import type { Stated } from './stated';
import { tradeSeries } from './tradeSeries';

// One line per figure maker: its kind and its share of all figures. A maker returns the facts and
// the clause; makeFigures adds the attribution, cites the sentence and builds the record.
// To extend: a new kind is a maker in its own file and a line here (as `growth` is); a new
// optional field is set by the makers that know it, added to `Stated` and copied in `toFigure`
// below (as `flow` and `comparedWith` are; `period` and `project` cost links go the same way).

export interface FigureMaker {
  kind: FigureKind;
  share: number;
  /** `index` counts this maker's figures from 0, for makers that follow a plan. */
  make: (ctx: GenContext, index: number) => Stated;
}

export const FIGURE_MAKERS: readonly FigureMaker[] = [
  { kind: 'trade', share: 0.045, make: tradeSeries },
  { kind: 'trade', share: 0.1, make: trade },
  { kind: 'investment', share: 0.1, make: investment },
  { kind: 'losses', share: 0.05, make: losses },
  { kind: 'price', share: 0.06, make: price },
  { kind: 'deaths', share: 0.1, make: deaths },
  { kind: 'injuries', share: 0.06, make: injuries },
  { kind: 'displaced', share: 0.04, make: displaced },
  { kind: 'detentions', share: 0.04, make: detentions },
  { kind: 'population', share: 0.03, make: population },
  { kind: 'share', share: 0.07, make: share },
  { kind: 'tariff', share: 0.06, make: tariff },
  { kind: 'growth', share: 0.04, make: growth },
  { kind: 'count', share: 0.2, make: count },
];

/** How many figures each maker makes: shares of `total`, every maker at least one while it lasts. */
export function allocate(total: number, makers: readonly FigureMaker[] = FIGURE_MAKERS): number[] {
  const sum = makers.reduce((s, m) => s + m.share, 0);
  const counts = makers.map((m) => Math.floor((total * m.share) / sum));
  let rest = total - counts.reduce((s, n) => s + n, 0);
  // The remainder goes first to makers that got none, so small data sets still hold every kind.
  const order = makers.map((_, i) => i).sort((a, b) => (counts[a] ?? 0) - (counts[b] ?? 0));
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) {
    const i = order[k] as number;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

function toFigure(ctx: GenContext, stated: Stated, id: string): Figure {
  const { rng } = ctx;
  const by = stated.reportedBy;
  const sentence =
    by === null
      ? `${stated.core}.`
      : rng.chance(0.6)
        ? `${stated.core}, according to ${by}.`
        : `${stated.core}, ${by} said.`;
  return {
    id,
    kind: stated.kind,
    label: stated.label,
    value: stated.value,
    ...(stated.valueHigh === undefined ? {} : { valueHigh: stated.valueHigh }),
    unit: stated.unit,
    ...(stated.measure === undefined ? {} : { measure: stated.measure }),
    year: stated.year,
    asOf: stated.asOf,
    ...(stated.flow === undefined ? {} : { flow: stated.flow }),
    ...(stated.comparedWith === undefined ? {} : { comparedWith: stated.comparedWith }),
    qualifier: stated.qualifier,
    reportedBy: by,
    subject: stated.subject,
    counterpart: stated.counterpart,
    note: rng.chance(0.04) ? 'The article rounds this figure.' : null,
    source: ctx.pool.cite(stated.slot, sentence, rng.chance(0.5) ? stated.core : sentence),
  };
}

export function makeFigures(ctx: GenContext, total: number): Figure[] {
  const counts = allocate(total);
  const figures: Figure[] = [];
  FIGURE_MAKERS.forEach((maker, m) => {
    for (let i = 0; i < (counts[m] ?? 0); i++) {
      const stated = maker.make(ctx, i);
      const id = `${stated.kind}-${slugify(ctx.names.name(stated.subject), 40)}-${figures.length + 1}`;
      figures.push(toFigure(ctx, stated, id));
    }
  });
  return figures;
}
