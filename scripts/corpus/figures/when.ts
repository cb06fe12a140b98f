import type { ArticleSlot } from '../articles';
import type { GenContext } from '../context';
import { isoOf, longDate, yearOf } from '../dates';

// When a figure is for, as its sentence says it: a year ("in 2023"), an as-of date ("as of June
// 3, 2024", "by March 2022") or nothing at all. Never after the article's own date.

export interface When {
  year: number | null;
  asOf: string | null;
  /** Words to put after the clause, with a leading space, or ''. */
  phrase: string;
}

export type WhenMode = 'year' | 'asOf' | 'none';

export function when(ctx: GenContext, slot: ArticleSlot, mode: WhenMode): When {
  const day = ctx.pool.dayOf(slot);
  if (mode === 'year') {
    const year = yearOf(day) - ctx.rng.int(3);
    return { year, asOf: null, phrase: ` in ${year}` };
  }
  if (mode === 'asOf') {
    const asOfDay = day - ctx.rng.int(45);
    return { year: null, asOf: isoOf(asOfDay), phrase: ` as of ${longDate(asOfDay)}` };
  }
  return { year: null, asOf: null, phrase: '' };
}

/** Mostly `first`, sometimes one of the others: how often figures carry each kind of date. */
export const someWhen = (ctx: GenContext, first: WhenMode): WhenMode =>
  ctx.rng.chance(0.7) ? first : ctx.rng.pick(['year', 'asOf', 'none'] as const);
