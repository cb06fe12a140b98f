import { citeRecord, isArticleSource } from '../data/projectSource';
import type { Figure, ProjectProps, ProjectSource } from '../data/schema';
import { formatPartialDate } from '../lib/formatDate';
import { formatAmount, formatValue } from '../lib/formatValue';

// What a project's popup and list row say about its cost, financiers and dates, as plain data.
// Competing costs stay separate entries: two sources' amounts are claims, never a sum.

export interface CostClaim {
  /** "$1.2 billion", "around $900 million". */
  amount: string;
  /** Who states it: "Reuters", "AidData GCDF 3.0, record 123 (constant 2021 USD)". */
  by: string | null;
  /** The sentence, for a figure from an article; null for a dataset record. */
  quote: string | null;
  article: string | null;
  /** The amount in USD for sorting; null in another currency (nothing is converted). */
  usd: number | null;
}

export function costClaims(p: ProjectProps, figures: readonly Figure[]): CostClaim[] {
  const fromFigures = figures.map((f) => ({
    amount: formatValue(f.value, f.unit, f.qualifier, f.valueHigh === undefined ? {} : { high: f.valueHigh }),
    by: f.reportedBy,
    quote: f.source.quote,
    article: f.source.article,
    usd: f.unit === 'USD' ? (f.valueHigh ?? f.value) : null,
  }));
  const fromDataset = (p.cost ?? []).map((c) => ({
    amount: formatAmount(c.value, c.unit),
    // The project's own record is cited once, under the popup; another record is named here.
    by: sameRecord(c.source, p.source) ? c.basis : `${citeRecord(c.source)}, ${c.basis}`,
    quote: null,
    article: null,
    usd: c.value,
  }));
  return [...fromFigures, ...fromDataset];
}

/** The largest USD cost any source states, for sorting; null when none is stated in USD. */
export function sortingCost(claims: readonly CostClaim[]): number | null {
  let most: number | null = null;
  for (const c of claims) if (c.usd !== null && (most === null || c.usd > most)) most = c.usd;
  return most;
}

export interface DatedFact {
  label: string;
  /** "March 2022". */
  when: string;
  quote: string | null;
  cite: string;
}

const DATE_LABELS = {
  announced: 'Announced',
  started: 'Construction started',
  completed: 'Completed',
  expected: 'Expected',
} as const;

export function datedFacts(p: ProjectProps): DatedFact[] {
  const out: DatedFact[] = [];
  for (const key of ['announced', 'started', 'completed', 'expected'] as const) {
    const d = p.dates?.[key];
    if (d === undefined) continue;
    out.push({
      label: DATE_LABELS[key],
      when: formatPartialDate(d.date, d.precision),
      ...cited(d.source, p.source),
    });
  }
  return out;
}

export interface FinancierFact {
  /** "China Development Bank (China)", "China". */
  name: string;
  quote: string | null;
  cite: string;
}

export function financierFacts(p: ProjectProps, names: ReadonlyMap<string, string>): FinancierFact[] {
  return (p.financiers ?? []).map((f) => {
    const country = f.country === null ? null : (names.get(f.country) ?? f.country);
    const name =
      f.institution === null
        ? (country ?? '')
        : country === null
          ? f.institution
          : `${f.institution} (${country})`;
    return { name, ...cited(f.source, p.source) };
  });
}

const sameRecord = (a: ProjectSource, b: ProjectSource): boolean =>
  !isArticleSource(a) && !isArticleSource(b) && a.dataset === b.dataset && a.record === b.record;

/** Where a fact comes from; an empty cite when it is the project's own record, cited once below. */
function cited(source: ProjectSource, own: ProjectSource): { quote: string | null; cite: string } {
  if (isArticleSource(source)) return { quote: source.quote, cite: source.article };
  return { quote: null, cite: sameRecord(source, own) ? '' : citeRecord(source) };
}

/** A row's cost and start in a few words: "Cost $1.2 billion or $900 million · started 2016". */
export function rowFacts(p: ProjectProps, costFigures: readonly Figure[]): string {
  const costs = costClaims(p, costFigures).map((c) => c.amount);
  const parts: string[] = [];
  // Competing amounts are listed, never added: "or" between the sources' claims.
  if (costs.length > 0) parts.push(`Cost ${[...new Set(costs)].join(' or ')}`);
  const started = p.dates?.started;
  if (started) parts.push(`started ${formatPartialDate(started.date, started.precision)}`);
  return parts.join(' · ');
}
