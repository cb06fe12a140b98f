import type { CountriesFile } from '../data/schema';

/** Country and group names by code, so the map speaks of "Kazakhstan", not "KAZ". */
export function nameIndex(countries: CountriesFile | null): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of countries?.countries ?? []) names.set(c.code, c.name);
  for (const g of countries?.groups ?? []) names.set(g.code, g.name);
  return names;
}

export const namesOf = (codes: readonly string[], names: ReadonlyMap<string, string>): string =>
  codes.map((c) => names.get(c) ?? c).join(', ');
