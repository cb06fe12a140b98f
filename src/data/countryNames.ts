import type { CountriesFile } from './schema';

/** Country and group names by code ("CAS" → "Central Asia"): the one way a name map is built. */
export function namesByCode(countries: CountriesFile | null): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of countries?.countries ?? []) names.set(c.code, c.name);
  for (const g of countries?.groups ?? []) names.set(g.code, g.name);
  return names;
}
