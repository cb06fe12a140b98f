import type { CountriesFile } from '../../src/data/schema';

/** What the generator needs from countries.json: names as they read in a sentence, and anchors. */
export interface CountryNames {
  /** "Kazakhstan", "the United States", "the European Union" */
  name(code: string): string;
  /** Whether countries.json defines the code, as a country or a group. */
  has(code: string): boolean;
  /** Where a country-level marker for the country sits (countries.json `anchor`). */
  anchor(code: string): [number, number];
}

const NEEDS_ARTICLE = /^(United|European|Czech|Netherlands)/;

export function countryNames(file: CountriesFile): CountryNames {
  const names = new Map<string, string>();
  for (const entry of [...file.countries, ...file.groups]) {
    names.set(entry.code, NEEDS_ARTICLE.test(entry.name) ? `the ${entry.name}` : entry.name);
  }
  const anchors = new Map(file.countries.map((country) => [country.code, country.anchor]));
  return {
    name: (code) => {
      const name = names.get(code);
      if (name === undefined) throw new Error(`countries.json has no country or group "${code}"`);
      return name;
    },
    has: (code) => names.has(code),
    anchor: (code) => {
      const anchor = anchors.get(code);
      if (anchor === undefined) throw new Error(`countries.json has no anchor for "${code}"`);
      return anchor;
    },
  };
}
