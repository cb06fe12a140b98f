import regionTable from './region.json' with { type: 'json' };

// Where synthetic records sit. Coordinates are the real positions of real towns (to about 0.1°),
// so routes and markers land where a reader would expect them on the map.

export interface City {
  name: string;
  lon: number;
  lat: number;
}

export interface RegionCountry {
  code: string;
  /** Relative share of records placed in this country. */
  weight: number;
  capital: City;
  cities: readonly City[];
}

// The table itself is data (region.json): a country, its weight, its capital and its other cities.
export const REGION: readonly RegionCountry[] = regionTable;

/** Countries and groups that finance or partner in projects without hosting them. */
export const PARTNER_CODES = ['CHN', 'RUS', 'TUR', 'USA', 'IND', 'EUU', 'DEU', 'KAZ', 'UZB', 'IRN'] as const;

/** Every city of a country, capital first. */
export const citiesOf = (country: RegionCountry): City[] => [country.capital, ...country.cities];

const totalWeight = REGION.reduce((sum, country) => sum + country.weight, 0);

/** A country chosen in proportion to its weight, from a number in [0, 1). */
export function weightedCountry(unit: number): RegionCountry {
  let rest = unit * totalWeight;
  for (const country of REGION) {
    rest -= country.weight;
    if (rest < 0) return country;
  }
  return REGION[REGION.length - 1] as RegionCountry;
}

const distance = (a: City, b: City) => Math.hypot(a.lon - b.lon, a.lat - b.lat);
const NEAREST = new Map(
  REGION.map((country) => [
    country.code,
    REGION.filter((other) => other.code !== country.code)
      .sort((a, b) => distance(country.capital, a.capital) - distance(country.capital, b.capital))
      .slice(0, 4),
  ]),
);

/** One of the four countries nearest to `code` (by capital), for cross-border routes. */
export function nearbyCountry(code: string, unit: number): RegionCountry {
  const near = NEAREST.get(code) ?? [];
  return near[Math.floor(unit * near.length)] ?? (REGION[0] as RegionCountry);
}
