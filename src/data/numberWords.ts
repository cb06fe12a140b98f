// The words the number reader knows: scales, number words, currencies and units as articles write
// them. Tables only; src/data/numbers.ts does the reading.

export const SCALES: Record<string, number> = {
  hundred: 1e2,
  dozen: 12,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** "hundreds of families": the least the words can mean. */
export const PLURAL_AMOUNTS: Record<string, number> = {
  dozens: 12,
  hundreds: 1e2,
  thousands: 1e3,
  'tens of thousands': 1e4,
  'hundreds of thousands': 1e5,
  millions: 1e6,
  billions: 1e9,
};

export const NUMBER_WORDS = [
  ...['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen'],
  ...['nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
];
export const wordValue = (word: string): number => {
  const i = NUMBER_WORDS.indexOf(word.toLowerCase());
  return i <= 0 ? 1 : i <= 19 ? i : (i - 18) * 10;
};

/** Quantity units as written (plural, or singular in "523-kilometre") → the unit a figure records. */
export const QUANTITY_UNITS: Record<string, string> = {
  tonnes: 'tonnes',
  tonne: 'tonnes',
  'metric tons': 'tonnes',
  tons: 'tons',
  ton: 'tons',
  barrels: 'barrels',
  kilometres: 'km',
  kilometre: 'km',
  kilometers: 'km',
  kilometer: 'km',
  km: 'km',
  metres: 'metres',
  meters: 'metres',
  metre: 'metres',
  meter: 'metres',
  miles: 'miles',
  mile: 'miles',
  megawatts: 'MW',
  megawatt: 'MW',
  mw: 'MW',
  gigawatts: 'GW',
  gigawatt: 'GW',
  gw: 'GW',
  'terawatt-hours': 'TWh',
  twh: 'TWh',
  'cubic metres': 'cubic metres',
  'cubic meters': 'cubic metres',
  bcm: 'cubic metres',
  hectares: 'hectares',
  'square kilometres': 'km²',
  'square kilometers': 'km²',
  hours: 'hours',
  hour: 'hours',
  days: 'days',
  day: 'days',
  weeks: 'weeks',
  week: 'weeks',
  months: 'months',
  month: 'months',
  years: 'years',
  year: 'years',
};

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)`;

/** A regex alternation of the keys, longest first, spaces matching any whitespace. */
export const alternatives = (keys: string[]): string =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[$.*+?()[\]{}|\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
