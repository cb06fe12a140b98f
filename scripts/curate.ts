import { createServer } from 'vite';
import { curatePlugin } from './lib/curate/plugin';
import { busyPortLine, CURATE_LOCK, lockedLine, readStartup } from './lib/curate/startup';
import { FolderLockedError, lockFolder } from './lib/folderLock';

// npm run curate [-- --data <folder>] [--port <n>]
// The dev server on 127.0.0.1 with the curation workbench at /curate, working on the data folder.
// One workbench per data folder: two would each accept saves the other never sees.

const fail = (line: string): never => {
  console.error(line);
  process.exit(2);
};

const startup = readStartup(process.argv.slice(2));
if ('refusal' in startup) fail(startup.refusal);
const { dir, port } = startup as Exclude<typeof startup, { refusal: string }>;

let release: () => void = () => {};
try {
  release = lockFolder(dir, {
    name: CURATE_LOCK,
    holder: 'another workbench',
    waitMs: 0,
    onStale: () => console.log(`curate: took over ${CURATE_LOCK}, left by a workbench that has stopped`),
  });
} catch (error) {
  if (error instanceof FolderLockedError) fail(lockedLine(dir, error.pid));
  throw error;
}
process.on('exit', () => release());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => process.exit(0));

// dataDirPlugin (vite.config.ts) serves the same folder to the dashboard.
process.env.DATA_DIR = dir;
const server = await createServer({
  plugins: [curatePlugin(dir)],
  // Both pages' imports are pre-bundled at start: otherwise opening /curate first discovers them
  // and reloads the page part-way.
  optimizeDeps: { entries: ['index.html', 'src/curate/main.tsx'] },
  // No CORS at all: no other origin may read this server's answers, or pass a preflight to the endpoint.
  server: { host: '127.0.0.1', port, strictPort: port !== 0, cors: false },
});
try {
  await server.listen();
} catch (error) {
  await server.close();
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE' || /already in use/.test(String(error))) fail(busyPortLine(port));
  fail(`curate: the server could not start: ${error instanceof Error ? error.message : String(error)}`);
}
const address = server.httpServer?.address();
const listening = typeof address === 'object' && address !== null ? address.port : port;
console.log(`curate: workbench at http://127.0.0.1:${listening}/curate on ${dir}`);
console.log(`curate: dashboard at http://127.0.0.1:${listening}/`);
