import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { type Served, serveBuild } from '../lib/buildAndServe';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium';
import { openBenchPage } from './measurePage';
import { waitForPanels } from './pageScripts';
import { quantile } from './stats';

// Builds already made, loaded in turn (interleaved, so a busy moment of the machine falls on all
// alike): the median time to every panel drawn and to the data in, per build. For comparing two
// ways of loading on a noisy machine before recording anything.
//   tsx scripts/bench/abLoad.ts --runs 5 .bench/dist-a .bench/dist-b ...

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '5' } },
  allowPositionals: true,
});
const ready = `performance.getEntriesByName('crossroads:data-ready')[0]?.startTime ?? NaN`;
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const servers: Served[] = [];
try {
  for (const dist of positionals) servers.push(await serveBuild(dist));
  const drawn = positionals.map(() => [] as number[]);
  const data = positionals.map(() => [] as number[]);
  for (let run = 0; run < Number(values.runs); run++)
    for (const [i, s] of servers.entries()) {
      const bench = await openBenchPage(browser);
      await bench.page.goto(`${s.url}/`);
      drawn[i]?.push((await bench.page.evaluate(waitForPanels)) as number);
      data[i]?.push((await bench.page.evaluate(ready)) as number);
      await bench.close();
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
