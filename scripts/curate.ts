import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { curatePlugin } from './lib/curate/plugin';

// npm run curate [-- --data <folder>] [--port <n>]
// The dev server on 127.0.0.1 with the curation workbench at /curate, working on the data folder.

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { data: { type: 'string', default: 'data' }, port: { type: 'string', default: '5173' } },
});
const dir = resolve(values.data);
if (!existsSync(dir)) {
  console.error(`curate: no data folder at ${dir}`);
  process.exit(1);
}
// dataDirPlugin (vite.config.ts) serves the same folder to the dashboard.
process.env.DATA_DIR = dir;
const server = await createServer({
  plugins: [curatePlugin(dir)],
  // Both pages' imports are pre-bundled at start: otherwise opening /curate first discovers them
  // and reloads the page part-way.
  optimizeDeps: { entries: ['index.html', 'src/curate/main.tsx'] },
  // No CORS at all: no other origin may read this server's answers, or pass a preflight to the endpoint.
  server: { host: '127.0.0.1', port: Number(values.port), strictPort: values.port !== '0', cors: false },
});
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address !== null ? address.port : values.port;
console.log(`curate: workbench at http://127.0.0.1:${port}/curate on ${dir}`);
console.log(`curate: dashboard at http://127.0.0.1:${port}/`);
