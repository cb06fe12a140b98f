import type { CountriesFile } from '../../data/schema';
import type { CodeOption } from '../form/CodeCombobox';
import { ISO_COUNTRIES } from './isoTable';

/** What a code field offers: the countries and groups of countries.json, then every other ISO country. */
export function codeOptions(countries: CountriesFile | null): CodeOption[] {
  const own: CodeOption[] = [...(countries?.countries ?? []), ...(countries?.groups ?? [])].map((c) => ({
    code: c.code,
    name: c.name,
    aliases: c.aliases,
    known: true,
  }));
  const held = new Set(own.map((o) => o.code));
  const rest = ISO_COUNTRIES.filter((c) => !held.has(c.code)).map((c) => ({
    code: c.code,
    name: c.name,
    aliases: c.aliases,
    known: false,
  }));
  return [...own, ...rest];
}
