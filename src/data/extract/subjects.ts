import type { FigureKind } from '../schema';
import type { FigureCandidate } from './candidates';

// Whose figure it is: the subject from the clause's subject ("China's trade", "Kazakhstan
// exported"), the counterpart from "with X", "to X", "from X" or "in X". People are counted where
// they are ("19 fatalities in Syria"). A group (CAS) is the subject only when no country is; a
// sentence that names no country gets no subject guess at all.

const PLACED: ReadonlySet<FigureKind> = new Set([
  'deaths',
  'injuries',
  'displaced',
  'detentions',
  'population',
  'losses',
]);

/** The country (not group) named most often across the candidates: the article's main country. */
export function mainCountry(
  candidates: readonly FigureCandidate[],
  groups: ReadonlySet<string>,
): string | null {
  const counts = new Map<string, number>();
  for (const c of candidates)
    for (const code of c.countries) if (!groups.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export type Countries =
  | { subject: string; counterpart: string | null; why: string; counterpartWhy: string }
  | { subject: null; why: string };

export function chooseCountries(
  c: FigureCandidate,
  kind: FigureKind,
  main: string | null,
  groups: ReadonlySet<string>,
): Countries {
  if (c.listLine && main !== null) {
    const counterpart = c.countries.find((code) => code !== main) ?? null;
    return {
      subject: main,
      counterpart,
      why: `${main}: the country the article names most`,
      counterpartWhy: 'named in the list line',
    };
  }
  if (c.countries.length === 0)
    return { subject: null, why: 'the sentence names no country, so no subject is guessed: choose one' };
  const named = c.countries.map((code, i) => ({
    code,
    role: c.countryRoles[i] ?? 'plain',
    group: groups.has(code),
  }));
  const byRole = (roles: string[]) => named.filter((n) => roles.includes(n.role));
  const countryFirst = <T extends { group: boolean }>(list: T[]) => list.find((n) => !n.group) ?? list[0];
  const subjectEntry = PLACED.has(kind)
    ? (countryFirst(byRole(['in'])) ?? countryFirst(byRole(['plain'])))
    : countryFirst(byRole(['plain']));
  let subject = subjectEntry?.code ?? null;
  let why = subject === null ? '' : `${subject}: the subject of the clause that states the number`;
  if (subject === null) {
    // "Exports to China reached …": the clause names only the partner; the article says whose.
    if (main === null || c.countries.includes(main))
      return {
        subject: null,
        why: 'the clause names only a partner country, not whose figure it is: choose the subject',
      };
    subject = main;
    why = `${main}: the clause names only the partner; ${main} is the country the article names most`;
  }
  const other = named.filter((n) => n.code !== subject);
  const partner =
    other.find((n) => ['with', 'to', 'from', 'in', 'by'].includes(n.role)) ??
    other.find((n) => !n.group) ??
    other[0];
  const counterpart = partner?.code ?? null;
  const counterpartWhy =
    partner === undefined
      ? ''
      : partner.role === 'plain'
        ? 'also named in the clause'
        : `named after "${partner.role}"`;
  return { subject, counterpart, why, counterpartWhy };
}
