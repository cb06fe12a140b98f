import { defineConfig } from 'vitest/config';

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
    maxWorkers: 2,
    testTimeout: 120_000,
    // A poll waits for what a user would see; Vitest's default second is too short for a popup's
    // fade or a chart's redraw on two loaded cores, and a slower pass costs nothing when all is well.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 180_000,
  },
});
