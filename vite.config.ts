import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { dataDirPlugin } from './scripts/lib/dataDirPlugin.ts';
import { devCspPlugin } from './scripts/lib/devCspPlugin.ts';
import { precompressPlugin } from './scripts/lib/precompress.ts';

export default defineConfig(() => ({
  // DATA_DIR serves or builds the app on another data folder (benchmarks, hostile fixtures).
  plugins: [
    react(),
    dataDirPlugin(resolve(process.env.DATA_DIR ?? 'data')),
    devCspPlugin(),
    precompressPlugin(),
  ],
  // Leaflet's package points bundlers at its UMD build, which keeps every class; its own ES module
  // build is the same code, and lets the bundle drop the classes the map never uses (1 KB gzip).
  resolve: {
    alias: [{ find: /^leaflet$/, replacement: resolve('node_modules/leaflet/dist/leaflet-src.esm.js') }],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Leaflet's stylesheet names three icons (the layers control's and the default marker's) that
    // the map never shows; inlined, they would add 3 KB gzip of base64 to the first view. As files
    // they are fetched only by a page that uses them.
    assetsInlineLimit: (file: string) => (file.includes('/leaflet/dist/images/') ? false : undefined),
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    globals: true,
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // Node by default: jsdom's set-up cost about two minutes summed over the workers when every file
    // paid it. A file that renders or needs a DOM starts with `// @vitest-environment jsdom`.
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    // Vitest runs one worker fewer than there are cores, so one on a 2-core machine; its main
    // process only waits, so two workers keep both cores busy.
    maxWorkers: 2,
    // Files share a worker's module cache instead of importing React, d3 and the app again for
    // each (about a third of the unit time). Safe here: each test makes its own store, module
    // memos are keyed by the objects they are given, and stubbed globals are unstubbed after use.
    isolate: false,
    // Role queries over hundreds of rows in jsdom are slow on a loaded 2-core machine.
    testTimeout: 30_000,
  },
}));
