import { resolve } from 'node:path';
import type { Plugin } from 'vite';

// The bench build: the product's own sources with one module swapped. Every import of the map's
// feature layer (src/map/leaflet/FeatureLayers.tsx) resolves to BenchFeatureLayers.tsx, which
// draws either that same product layer or the idiomatic baseline, as the page asks, and counts
// the layers each adds. Nothing of this is in src/ or in `npm run build`'s output: only
// `npm run bench` and its e2e test build with this plugin, into folders of their own.

const PRODUCT = resolve('src/map/leaflet/FeatureLayers.tsx');
const BENCH = resolve('scripts/bench/app/BenchFeatureLayers.tsx');

export function benchBuildPlugin(): Plugin {
  return {
    name: 'crossroads-bench-build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // The bench module itself imports the product layer: leave that one alone.
      if (importer === undefined || importer === BENCH) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === PRODUCT ? BENCH : null;
    },
  };
}
