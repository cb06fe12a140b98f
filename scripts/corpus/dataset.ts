import { serialiseArticle } from '../../src/data/articleFile';
import type { CountriesFile } from '../../src/data/schema';
import { ArticlePool } from './articles';
import type { GenContext } from './context';
import { makeEvents } from './events';
import { makeFigures } from './figures/registry';
import { countryNames } from './names';
import { makePlaces } from './places';
import { makeProjects } from './projects';
import { createRandom } from './random';

export interface GenerateOptions {
  projects: number;
  figures: number;
  places: number;
  events: number;
  /** Defaults to one article per 100 records, like a newsroom's worth of reporting. */
  articles?: number;
  seed: number;
  /** countries.json, copied as is: the records use its codes, names and anchors. */
  countriesText: string;
  /** Indent like the hand-curated data/ files, rather than one record per line. */
  pretty?: boolean;
  /** Publication dates of the articles, ISO; default 2015-01-01 to 2025-06-30. */
  from?: string;
  to?: string;
  /** Prefix of article ids and source files; default "bench". */
  prefix?: string;
  /** Which CLI wrote the folder, for the manifest. */
  generator?: string;
}

export const MANIFEST_FILE = 'bench-manifest.json';

/** Writes a top-level object whose one array holds the records, one record per line. */
function serialise(
  head: Record<string, unknown>,
  key: string,
  records: readonly unknown[],
  pretty: boolean,
): string {
  if (pretty) return `${JSON.stringify({ ...head, [key]: records }, null, 2)}\n`;
  const open = JSON.stringify({ ...head, [key]: [] }).slice(0, -2); // up to and including "["
  return `${open}\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]}\n`;
}

/** Every file of a data folder, by path relative to the folder. Pure: the same options give the same bytes. */
export function generateDataset(options: GenerateOptions): Map<string, string> {
  const countries = JSON.parse(options.countriesText) as CountriesFile;
  const rng = createRandom(options.seed);
  const records = options.projects + options.figures + options.places + options.events;
  const articleCount = options.articles ?? Math.max(1, Math.round(records / 100));
  const names = countryNames(countries);
  const pool = new ArticlePool(
    rng,
    {
      count: articleCount,
      from: options.from ?? '2015-01-01',
      to: options.to ?? '2025-06-30',
      prefix: options.prefix ?? 'bench',
    },
    names,
  );
  const ctx: GenContext = { rng, names, pool };
  const pretty = options.pretty ?? false;

  const projects = makeProjects(ctx, options.projects);
  const figures = makeFigures(ctx, options.figures);
  const places = makePlaces(ctx, options.places);
  const events = makeEvents(ctx, options.events);
  const files = new Map<string, string>();
  for (const article of ctx.pool.build()) files.set(`articles/${article.id}.md`, serialiseArticle(article));
  files.set('countries.json', options.countriesText);
  files.set('figures.json', serialise({}, 'figures', figures, pretty));
  files.set('projects.geojson', serialise({ type: 'FeatureCollection' }, 'features', projects, pretty));
  files.set('places.geojson', serialise({ type: 'FeatureCollection' }, 'features', places, pretty));
  files.set('events.json', serialise({}, 'events', events, pretty));
  const manifest = {
    generator: options.generator ?? 'scripts/bench/generate.ts',
    seed: options.seed,
    counts: {
      ...options,
      countriesText: undefined,
      pretty: undefined,
      seed: undefined,
      generator: undefined,
      articles: articleCount,
    },
  };
  files.set(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}
