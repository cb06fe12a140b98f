import { generateDataset } from './dataset';

// The corpus: a newsroom's decade. Articles and projects are chosen; the other records scale with
// the articles, so a small corpus (for unit tests) keeps the same mix as the default one.

export interface CorpusOptions {
  articles: number;
  projects: number;
  seed: number;
}

export const CORPUS_DEFAULTS: CorpusOptions = { articles: 1000, projects: 2000, seed: 1 };

export interface CorpusCounts {
  articles: number;
  projects: number;
  figures: number;
  events: number;
  places: number;
}

export const corpusCounts = (options: CorpusOptions): CorpusCounts => ({
  articles: options.articles,
  projects: options.projects,
  figures: Math.round(options.articles * 3.3),
  events: Math.round(options.articles * 0.85),
  places: Math.max(21, Math.round(options.articles * 0.15)),
});

/** Every file of the corpus folder, by path. Pure: the same options give the same bytes. */
export function generateCorpus(options: CorpusOptions, countriesText: string): Map<string, string> {
  return generateDataset({
    ...corpusCounts(options),
    seed: options.seed,
    countriesText,
    pretty: true,
    from: '2015-01-01',
    to: '2025-06-30',
    prefix: 'corpus',
    generator: 'scripts/corpus/generate.ts',
  });
}
