import {
  type Precision,
  type ProjectFeature,
  type ProjectProps,
  precisionSchema,
  projectKindSchema,
  projectStatusSchema,
} from '../../src/data/schema';
import { type GenContext, NameCounter, round } from './context';
import {
  type City,
  citiesOf,
  nearbyCountry,
  PARTNER_CODES,
  type RegionCountry,
  weightedCountry,
} from './geography';
import { projectSentence } from './projectText';
import { inventName, slugify } from './words';

type Kind = ProjectProps['kind'];
type Position = [number, number];

const LINEAR: ReadonlySet<Kind> = new Set(['railway', 'highway', 'corridor']);
const POINT_NAMES: Record<Exclude<Kind, 'railway' | 'highway' | 'corridor'>, readonly string[]> = {
  'dry-port': ['dry port', 'logistics hub', 'freight terminal'],
  'nuclear-plant': ['nuclear power plant'],
  energy: ['solar park', 'wind farm', 'hydropower plant', 'gas processing plant'],
  mining: ['copper mine', 'gold mine', 'uranium mine', 'coal mine', 'lithium deposit'],
};
const ROUTE_NAMES: Record<Kind, string> = {
  railway: 'railway',
  highway: 'highway',
  corridor: 'transport corridor',
  energy: 'gas pipeline',
  'dry-port': 'rail spur',
  'nuclear-plant': 'power line',
  mining: 'haul road',
};
const DIGITS: Record<Precision, number> = { exact: 3, approximate: 2, 'country-level': 2 };
const BEND: Record<Precision, number> = { exact: 0.4, approximate: 1.2, 'country-level': 0 };

function route(ctx: GenContext, from: Position, to: Position, precision: Precision): Position[] {
  const count = ctx.rng.between(2, 8);
  const bend = (ctx.rng.next() - 0.5) * BEND[precision];
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const points: Position[] = [];
  for (let i = 0; i < count; i++) {
    const t = i / (count - 1);
    // A smooth bow away from the straight line, zero at both ends, plus a little wobble inside.
    const wobble = i === 0 || i === count - 1 ? 0 : (ctx.rng.next() - 0.5) * BEND[precision] * 0.2;
    const offset = bend * Math.sin(Math.PI * t) + wobble;
    const x = from[0] + dx * t - dy * offset * 0.1;
    const y = from[1] + dy * t + dx * offset * 0.1;
    points.push([round(x, DIGITS[precision]), round(y, DIGITS[precision])]);
  }
  return points;
}

function otherCity(ctx: GenContext, country: RegionCountry, not: City): City {
  const choices = citiesOf(country).filter((city) => city !== not);
  return ctx.rng.pick(choices);
}

export function makeProjects(ctx: GenContext, count: number): ProjectFeature[] {
  const { rng, names } = ctx;
  const counter = new NameCounter();
  const features: ProjectFeature[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rng.pick(projectKindSchema.options);
    const status = rng.pick(projectStatusSchema.options);
    const precision = rng.pick(precisionSchema.options);
    // Routes for the linear kinds and for half the energy projects (pipelines); the rest are sites.
    const isRoute = LINEAR.has(kind) || (kind === 'energy' && rng.chance(0.5)) || rng.chance(0.05);
    const home = weightedCountry(rng.next());
    // Sites sit in one country; routes often cross a border, and a country-level route (drawn
    // between two countries' anchors) always does.
    const crossBorder = isRoute && (rng.chance(0.5) || precision === 'country-level');
    const away = crossBorder ? nearbyCountry(home.code, rng.next()) : home;
    const start = rng.pick(citiesOf(home));
    const end = otherCity(ctx, away, start);
    const countries = [...new Set([home.code, away.code])];
    const partners = rng
      .sample(PARTNER_CODES, rng.int(3))
      .filter((code) => !countries.includes(code) && names.has(code));
    let baseName: string;
    let geometry: ProjectFeature['geometry'];
    let geometrySource: string;
    if (isRoute) {
      baseName = `${start.name}–${end.name} ${ROUTE_NAMES[kind]}`;
      const ends: [Position, Position] =
        precision === 'country-level'
          ? [names.anchor(home.code), names.anchor(away.code)]
          : [
              [start.lon, start.lat],
              [end.lon, end.lat],
            ];
      geometry = { type: 'LineString', coordinates: route(ctx, ends[0], ends[1], precision) };
      geometrySource =
        precision === 'country-level'
          ? `Synthetic benchmark geometry: drawn between the anchors of the countries it links.`
          : `Synthetic benchmark geometry: an ${precision} alignment from ${start.name} to ${end.name}.`;
    } else {
      const kindName = rng.pick(POINT_NAMES[kind as keyof typeof POINT_NAMES]);
      baseName = kind === 'mining' ? `${inventName(rng)} ${kindName}` : `${start.name} ${kindName}`;
      const jitter = precision === 'exact' ? 0.05 : 0.5;
      const position: Position =
        precision === 'country-level'
          ? names.anchor(home.code)
          : [
              round(start.lon + (rng.next() - 0.5) * jitter, DIGITS[precision]),
              round(start.lat + (rng.next() - 0.5) * jitter, DIGITS[precision]),
            ];
      geometry = { type: 'Point', coordinates: position };
      geometrySource =
        precision === 'country-level'
          ? `Synthetic benchmark geometry: the anchor point of ${names.name(home.code)}.`
          : `Synthetic benchmark geometry: placed ${precision === 'exact' ? 'at' : 'near'} ${start.name}.`;
    }
    const name = counter.unique(baseName, (n) => `(phase ${n})`);
    const slot = ctx.pool.pick();
    const { sentence, quote } = projectSentence(ctx, { name, status, countries, partners });
    features.push({
      type: 'Feature',
      geometry,
      properties: {
        id: `${slugify(name, 80)}-${i + 1}`,
        name,
        kind,
        status,
        countries,
        partners,
        note: rng.chance(0.1) ? 'Route, cost and schedule are still being negotiated.' : null,
        source: ctx.pool.cite(slot, sentence, quote),
        precision,
        geometrySource,
      },
    });
  }
  return features;
}
