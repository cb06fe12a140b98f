import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The journeys on the generated decade of news (1,000 articles): each page load there takes
 * seconds on two cores, so they run in `npm run test:corpus`, not in `npm test`.
 */
export const CORPUS_JOURNEYS = [
  'test/e2e/corpus.e2e.ts',
  'test/e2e/corpusBodies.e2e.ts',
  'test/e2e/chartsCorpus.e2e.ts',
  'test/e2e/explore.e2e.ts',
];

/**
 * The longest files first (each about 40–70 s on two cores), so that the two workers end together.
 * Vitest orders by the durations it cached on the last run, and a fresh clone (CI) has none: it then
 * went by file size, and the 40-second axe sweep started last and ran alone for 20 s.
 */
const LONGEST_FIRST = ['curate', 'journeys', 'map', 'hostile', 'a11y', 'mapClusters'];
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FIRST.findIndex((name) => file.moduleId.endsWith(`/${name}.e2e.ts`));
      return at === -1 ? LONGEST_FIRST.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// Chromium journeys against one production build, two files at a time: a journey spends much of
// its time waiting on its page, and two at once took the run from 384 s to 241 s on two cores with
// every test passing (no journey times anything; each waits for what a user would see, polls
// included). E2E_SET=corpus runs the corpus journeys instead of the rest.
const corpusOnly = process.env.E2E_SET === 'corpus';
export default defineConfig({
  test: {
    include: corpusOnly ? CORPUS_JOURNEYS : ['test/e2e/**/*.e2e.ts'],
    exclude: corpusOnly ? [] : CORPUS_JOURNEYS,
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: true,
    sequence: { sequencer: LongestFirst },
    maxWorkers: 2,
    testTimeout: 120_000,
    // A poll waits for what a user would see; Vitest's default second is too short for a popup's
    // fade or a chart's redraw on two loaded cores, and a slower pass costs nothing when all is well.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 180_000,
  },
});
