import type { ArticlePool } from './articles';
import type { CountryNames } from './names';
import type { Random } from './random';

/** What every record maker shares: the random stream, the articles to cite into, country names. */
export interface GenContext {
  rng: Random;
  pool: ArticlePool;
  names: CountryNames;
}

/** Gives repeated names a running suffix, so names stay distinct however many records there are. */
export class NameCounter {
  private readonly seen = new Map<string, number>();

  unique(name: string, suffix: (n: number) => string): string {
    const count = (this.seen.get(name) ?? 0) + 1;
    this.seen.set(name, count);
    return count === 1 ? name : `${name} ${suffix(count)}`;
  }
}

/** Rounds a coordinate to `digits` decimals, as a curator would write it. */
export const round = (value: number, digits: number): number => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};
