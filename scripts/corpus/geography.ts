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

const c = (name: string, lon: number, lat: number): City => ({ name, lon, lat });

export const REGION: readonly RegionCountry[] = [
  {
    code: 'KAZ',
    weight: 6,
    capital: c('Astana', 71.43, 51.13),
    cities: [
      c('Almaty', 76.95, 43.24),
      c('Shymkent', 69.59, 42.32),
      c('Aktau', 51.2, 43.65),
      c('Karaganda', 73.1, 49.8),
      c('Khorgos', 80.4, 44.2),
      c('Atyrau', 51.9, 47.1),
      c('Aktobe', 57.2, 50.3),
      c('Pavlodar', 76.95, 52.3),
      c('Dostyk', 82.5, 45.25),
    ],
  },
  {
    code: 'KGZ',
    weight: 3,
    capital: c('Bishkek', 74.6, 42.87),
    cities: [
      c('Osh', 72.8, 40.53),
      c('Jalal-Abad', 73.0, 40.93),
      c('Naryn', 76.0, 41.43),
      c('Torugart', 75.4, 40.55),
    ],
  },
  {
    code: 'UZB',
    weight: 5,
    capital: c('Tashkent', 69.28, 41.31),
    cities: [
      c('Samarkand', 66.96, 39.65),
      c('Bukhara', 64.42, 39.77),
      c('Andijan', 72.34, 40.78),
      c('Termez', 67.28, 37.22),
      c('Nukus', 59.6, 42.46),
      c('Navoi', 65.38, 40.1),
    ],
  },
  {
    code: 'TJK',
    weight: 3,
    capital: c('Dushanbe', 68.78, 38.56),
    cities: [c('Khujand', 69.62, 40.28), c('Kulob', 69.78, 37.91), c('Khorog', 71.55, 37.49)],
  },
  {
    code: 'TKM',
    weight: 3,
    capital: c('Ashgabat', 58.38, 37.95),
    cities: [
      c('Turkmenbashi', 52.97, 40.02),
      c('Mary', 61.83, 37.6),
      c('Turkmenabat', 63.58, 39.08),
      c('Serhetabat', 62.35, 35.28),
    ],
  },
  {
    code: 'IRN',
    weight: 4,
    capital: c('Tehran', 51.39, 35.69),
    cities: [
      c('Mashhad', 59.6, 36.3),
      c('Isfahan', 51.67, 32.65),
      c('Bandar Abbas', 56.27, 27.18),
      c('Chabahar', 60.64, 25.29),
      c('Tabriz', 46.29, 38.08),
      c('Bushehr', 50.84, 28.97),
      c('Sarakhs', 61.16, 36.54),
    ],
  },
  {
    code: 'ISR',
    weight: 2,
    capital: c('Jerusalem', 35.21, 31.77),
    cities: [
      c('Tel Aviv', 34.78, 32.08),
      c('Haifa', 34.99, 32.79),
      c('Eilat', 34.95, 29.56),
      c('Beersheba', 34.79, 31.25),
    ],
  },
  {
    code: 'CHN',
    weight: 4,
    capital: c('Beijing', 116.4, 39.9),
    cities: [
      c('Kashgar', 75.99, 39.47),
      c('Urumqi', 87.62, 43.83),
      c("Xi'an", 108.94, 34.34),
      c('Lanzhou', 103.83, 36.06),
      c('Horgos', 80.42, 44.21),
      c('Alashankou', 82.57, 45.17),
      c('Chongqing', 106.55, 29.56),
    ],
  },
  {
    code: 'RUS',
    weight: 3,
    capital: c('Moscow', 37.62, 55.75),
    cities: [
      c('Novosibirsk', 82.92, 55.03),
      c('Orenburg', 55.1, 51.77),
      c('Astrakhan', 48.03, 46.35),
      c('Yekaterinburg', 60.6, 56.84),
      c('Omsk', 73.37, 54.99),
      c('Kazan', 49.1, 55.8),
    ],
  },
  {
    code: 'TUR',
    weight: 2,
    capital: c('Ankara', 32.85, 39.93),
    cities: [
      c('Istanbul', 28.98, 41.01),
      c('Kars', 43.1, 40.6),
      c('Mersin', 34.64, 36.8),
      c('Erzurum', 41.27, 39.9),
    ],
  },
  {
    code: 'AFG',
    weight: 2,
    capital: c('Kabul', 69.17, 34.53),
    cities: [
      c('Mazar-i-Sharif', 67.11, 36.71),
      c('Herat', 62.2, 34.35),
      c('Kandahar', 65.71, 31.61),
      c('Hairatan', 67.42, 37.24),
    ],
  },
];

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
