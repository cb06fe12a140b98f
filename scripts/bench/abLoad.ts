import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { type Served, serveBuild } from '../lib/buildAndServe';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium';
import { openBenchPage, VIEWPORT } from './measurePage';
import { waitForPanels } from './pageScripts';
import { launchPipeBrowser, type PipePage } from './pipeBrowser';
import { quantile } from './stats';

// Builds already made, loaded in turn (interleaved, so a busy moment of the machine falls on all
// alike): the median time to every panel drawn and to the data in, per build. For comparing two
// ways of loading on a noisy machine before recording anything.
//   tsx scripts/bench/abLoad.ts --runs 5 [--pipe] .bench/dist-a .bench/dist-b ...

const { values, positionals } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    /** Drive Chromium over its DevTools pipe with no Network domain (pipeBrowser.ts) instead of Playwright. */
    pipe: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const ready = `performance.getEntriesByName('crossroads:data-ready')[0]?.startTime ?? NaN`;
const browser = values.pipe
  ? await launchPipeBrowser()
  : await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
/** A page to load, from either driver. */
const openPage = async (): Promise<PipePage> => {
  if (!('newContext' in browser)) return browser.newPage(VIEWPORT);
  const { page, close } = await openBenchPage(browser);
  return { goto: async (url) => void (await page.goto(url)), evaluate: (e) => page.evaluate(e), close };
};
const servers: Served[] = [];
try {
  for (const dist of positionals) servers.push(await serveBuild(dist));
  const drawn = positionals.map(() => [] as number[]);
  const data = positionals.map(() => [] as number[]);
  for (let run = 0; run < Number(values.runs); run++)
    for (const [i, s] of servers.entries()) {
      const page = await openPage();
      await page.goto(`${s.url}/`);
      drawn[i]?.push((await page.evaluate(waitForPanels)) as number);
      data[i]?.push((await page.evaluate(ready)) as number);
      await page.close();
    }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}`,
  );
  for (const [i, dist] of positionals.entries())
    console.log(
      `${dist.padEnd(32)} drawn ${quantile(drawn[i] ?? [], 0.5)
        .toFixed(0)
        .padStart(6)} ms   data in ${quantile(data[i] ?? [], 0.5)
        .toFixed(0)
        .padStart(6)} ms   (${(drawn[i] ?? []).map((x) => x.toFixed(0)).join(' ')})`,
    );
} finally {
  for (const s of servers) await s.close();
  await browser.close();
}
