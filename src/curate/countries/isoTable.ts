import worldCountries from 'world-countries';
import type { Country } from '../../data/schema';

// Every country the curator can name: the ISO 3166 table of the `world-countries` package, cut
// to what the workbench needs. Dev-only: imported by the workbench and its endpoint, never by the
// app, so the production build holds none of it.

export interface IsoCountry {
  code: string;
  name: string;
  /** Other names an article may use: the official name, other spellings, the demonym, the capital. */
  aliases: string[];
  /** The table's own representative point, [longitude, latitude]. */
  point: [number, number];
  /** The region a new entry in countries.json starts with (the curator may choose another). */
  region: Country['region'];
}

const CAUCASUS = new Set(['ARM', 'AZE', 'GEO']);

function regionOf(code: string, region: string, subregion: string): Country['region'] {
  if (CAUCASUS.has(code)) return 'caucasus';
  if (subregion === 'Central Asia') return 'central-asia';
  if (subregion === 'Southern Asia') return code === 'IRN' ? 'middle-east' : 'south-asia';
  if (subregion === 'Eastern Asia') return 'east-asia';
  if (subregion === 'Western Asia') return 'middle-east';
  if (region === 'Europe') return 'europe';
  return 'other';
}

/** Latin-script names an article in English would use; codes of two letters and native scripts are left out. */
const readable = (name: string) => /^[\p{Script=Latin}\s'’.,()-]{3,100}$/u.test(name);

export const ISO_COUNTRIES: readonly IsoCountry[] = worldCountries
  .filter((c) => /^[A-Z]{3}$/.test(c.cca3))
  .map((c) => {
    const names = [c.name.official, ...c.altSpellings, c.demonyms.eng?.m ?? '', ...c.capital];
    const aliases = [...new Set([c.name.common, ...names].filter(readable))].slice(0, 12);
    const [lat, lon] = c.latlng;
    return {
      code: c.cca3,
      name: c.name.common,
      aliases,
      point: [lon, lat] as [number, number],
      region: regionOf(c.cca3, c.region, c.subregion),
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

const BY_CODE = new Map(ISO_COUNTRIES.map((c) => [c.code, c]));

export const isoCountry = (code: string): IsoCountry | undefined => BY_CODE.get(code);
