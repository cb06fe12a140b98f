import { defineConfig } from 'vitest/config';

// Chromium journeys against production builds. Files run one after another: the machine has two
// cores, and parallel browsers make timings and screenshots flaky.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
