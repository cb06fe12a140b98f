import type { Relationship, TradeFigure } from './relationships';

// A group's total set beside its members' figures: shares, and what the members leave out or
// exceed. Never a sum across years or sides; a sum across reporters is named.

export interface Breakdown<T extends TradeFigure> {
  total: T;
  /** One figure per member that has one, from the total's side, largest first. */
  parts: { member: string; figure: T; share: number }[];
  /** Members of the group with no figure for the year. */
  missing: string[];
  sum: number;
  /** total − sum when the members fall short; 0 otherwise. */
  remainder: number;
  /** sum − total when the members add up to more; 0 otherwise. */
  overshoot: number;
  /** Reporters of the total and the parts, when more than one: the sum mixes sources. */
  reporters: string[];
}

// The relationships by pair and year, made once per list: at corpus scale every group's breakdown
// looked each member up with a scan of every relationship (20 ms of the first load).
const indexes = new WeakMap<readonly Relationship<TradeFigure>[], Map<string, Relationship<TradeFigure>>>();
const pairYear = (key: string, year: number | null) => `${key}@${year}`;
function relationshipAt<T extends TradeFigure>(
  all: readonly Relationship<T>[],
  key: string,
  year: number | null,
): Relationship<T> | undefined {
  let index = indexes.get(all);
  if (index === undefined) {
    index = new Map();
    // The first of a pair and year, as a scan would find it.
    for (const r of all) if (!index.has(pairYear(r.key, r.year))) index.set(pairYear(r.key, r.year), r);
    indexes.set(all, index);
  }
  return index.get(pairYear(key, year)) as Relationship<T> | undefined;
}

/**
 * A group's total (China with Central Asia) broken down by the group's members (China with
 * Kazakhstan, …): same year, same side. Each member's figure prefers the total's reporter; the
 * breakdown says when it had to mix reporters. Null when no member has a figure.
 */
export function breakdownOf<T extends TradeFigure>(
  group: Relationship<T>,
  members: ReadonlySet<string>,
  all: readonly Relationship<T>[],
): Breakdown<T> | null {
  const [side, other] = group.sides;
  if (other === null || group.year === null) return null;
  // Each member's figures from the total's side, for the same year.
  const candidates = [...members].map((member) => {
    const rel = relationshipAt(all, [side, member].sort().join('|'), group.year);
    return { member, figures: rel?.claims.filter((c) => c.subject === side) ?? [] };
  });
  // The total to break down: the claim whose reporter also reported the most members.
  const matches = (t: T) =>
    candidates.filter((c) => c.figures.some((f) => f.reportedBy === t.reportedBy)).length;
  const own = group.claims.filter((c) => c.subject === side);
  const total = own.reduce<T | undefined>(
    (best, c) => (best === undefined || matches(c) > matches(best) ? c : best),
    undefined,
  );
  if (total === undefined) return null;
  const parts: Breakdown<T>['parts'] = [];
  const missing: string[] = [];
  for (const { member, figures } of candidates) {
    const figure = figures.find((c) => c.reportedBy === total.reportedBy) ?? figures[0];
    if (figure === undefined) missing.push(member);
    else parts.push({ member, figure, share: total.value > 0 ? figure.value / total.value : 0 });
  }
  if (parts.length === 0) return null;
  parts.sort((a, b) => b.figure.value - a.figure.value);
  const sum = parts.reduce((s, p) => s + p.figure.value, 0);
  const reporters = [
    ...new Set([total, ...parts.map((p) => p.figure)].map((f) => f.reportedBy ?? 'unstated')),
  ];
  return {
    total,
    parts,
    missing,
    sum,
    remainder: Math.max(0, total.value - sum),
    overshoot: Math.max(0, sum - total.value),
    reporters: reporters.length > 1 ? reporters : [],
  };
}
