import { type PlaceFeature, type PlaceProps, placeKindSchema } from '../../src/data/schema';
import { type GenContext, NameCounter, round } from './context';
import { isoOf, longDate } from './dates';
import { type City, citiesOf, nearbyCountry, REGION, weightedCountry } from './geography';
import { inventName, REPORTERS, slugify } from './words';

type Kind = PlaceProps['kind'];

const SUFFIX: Record<Exclude<Kind, 'capital' | 'city'>, string> = {
  'border-crossing': 'border crossing',
  region: 'region',
  sea: 'Sea',
  mountains: 'Mountains',
  'gas-field': 'gas field',
};
/** How far an invented place may sit from the town it is placed near, in degrees. */
const SPREAD: Record<Kind, number> = {
  capital: 0,
  city: 0,
  'border-crossing': 1,
  region: 2,
  sea: 3,
  mountains: 2,
  'gas-field': 1.5,
};

export function makePlaces(ctx: GenContext, count: number): PlaceFeature[] {
  const { rng, names } = ctx;
  const counter = new NameCounter();
  const unusedCapitals = new Map(REGION.map((country) => [country.code, country.capital]));
  const unusedCities = new Set<City>(REGION.flatMap((country) => country.cities));
  const places: PlaceFeature[] = [];
  for (let i = 0; i < count; i++) {
    // Cycling through the kinds keeps every kind present even in a small data set.
    let kind = placeKindSchema.options[i % placeKindSchema.options.length] as Kind;
    const drawn = weightedCountry(rng.next());
    // Each real capital once; when they are all used, a capital's turn goes to a town.
    const home =
      kind === 'capital' && !unusedCapitals.has(drawn.code)
        ? (REGION.find((country) => unusedCapitals.has(country.code)) ?? drawn)
        : drawn;
    const capital = kind === 'capital' ? unusedCapitals.get(home.code) : undefined;
    if (kind === 'capital' && capital === undefined) kind = 'city';
    const near = capital ?? rng.pick(citiesOf(home));
    const real = capital ?? (kind === 'city' && unusedCities.has(near) ? near : undefined);
    let name: string;
    if (real !== undefined) {
      unusedCapitals.delete(home.code);
      unusedCities.delete(real);
      name = real.name;
    } else {
      const invented = inventName(rng);
      name = kind === 'city' || kind === 'capital' ? invented : `${invented} ${SUFFIX[kind]}`;
    }
    name = counter.unique(name, (n) => String(n));
    const countries =
      kind === 'border-crossing' ? [home.code, nearbyCountry(home.code, rng.next()).code] : [home.code];
    const precision =
      real !== undefined ? 'exact' : rng.pick(['exact', 'approximate', 'country-level'] as const);
    const spread = SPREAD[kind] * (rng.next() - 0.5);
    const coordinates: [number, number] =
      precision === 'country-level'
        ? names.anchor(home.code)
        : [round(near.lon + spread, 2), round(near.lat + spread * (rng.next() - 0.5), 2)];
    const slot = ctx.pool.pick();
    const day = ctx.pool.dayOf(slot);
    const attackDay = rng.chance(0.08) ? day - rng.int(10) : null;
    const country = names.name(home.code);
    // "the Karatau gas field", but plain "Karatau" for a town.
    const called = kind === 'city' || kind === 'capital' ? name : `the ${name}`;
    const Called = called.charAt(0).toUpperCase() + called.slice(1);
    const sentence =
      attackDay === null
        ? rng.pick([
            `Officials from ${country} visited ${called} this week.`,
            `Traffic through ${called} has grown, ${rng.pick(REPORTERS.places)} said.`,
            `${Called} in ${country} has drawn new investment.`,
          ])
        : `Strikes hit ${called} on ${longDate(attackDay)}, ${rng.pick(REPORTERS.places)} said.`;
    places.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates },
      properties: {
        id: `${slugify(name, 60)}-${i + 1}`,
        name,
        kind,
        countries,
        attack:
          attackDay === null ? null : { asOf: isoOf(attackDay), note: 'Reported struck in an air raid.' },
        source: ctx.pool.cite(slot, sentence),
        precision,
        geometrySource:
          real !== undefined
            ? "Synthetic benchmark geometry: the town's real position, to 0.01°."
            : `Synthetic benchmark geometry: an invented place near ${near.name}.`,
      },
    });
  }
  return places;
}
