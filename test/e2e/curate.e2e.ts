import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  DESKTOP,
  expectClean,
  launchBrowser,
  openPage,
  screenshot,
  waitForViews,
} from './browser';
import { type CurateServer, startCurate } from './curateServer';

// The curator's whole journey on `npm run curate`, on a temporary copy of data/: a page of our
// own words in, its article saved, three figures (one a range), a project drawn on the map and
// an event; then the dashboard in another tab, never reloaded, shows each and opens its sentence.

const PAGE = readFileSync('test/fixtures/curate/caspian-rail-page.txt', 'utf8');
const ARTICLE = 'turkey-and-central-asia-plan-a-rail-corridor-across-the-caspian';
const TRADE = {
  id: 'trade-turkey-central-asia-2024',
  label: 'Trade of Turkey with Central Asia',
  quote:
    'Trade between Turkey and Central Asia reached $11.4 billion in 2024, according to the Turkish trade ministry.',
};
const INVEST = {
  id: 'investment-caspian-rail-first-stretch',
  label: 'Turkish investment in the first stretch of the Caspian corridor',
  quote: 'Turkish builders expect to invest between $2 billion and $3 billion in the first stretch of track',
};
const TRAINS = {
  id: 'trains-caspian-corridor-weekly',
  label: 'Container trains a week on the Caspian corridor',
  quote: 'the corridor could carry 40 container trains a week in each direction',
};
const PROJECT = {
  id: 'caspian-rail-corridor-kars-tashkent',
  name: 'Caspian rail corridor, Kars to Tashkent',
  quote:
    'across the Caspian Sea, linking Kars with Tashkent through ferry ports in Azerbaijan and Kazakhstan',
};
const EVENT = {
  id: 'caspian-rail-corridor-agreed',
  label: 'Turkey and Central Asia agree a Caspian rail corridor',
  quote: 'Turkey and the five Central Asian states agreed on 3 March 2025 to build a rail corridor',
};

let server: CurateServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startCurate(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const dataFile = (name: string) => join(server.dir, name);
const read = (name: string) => readFileSync(dataFile(name), 'utf8');
const sha = (name: string) => createHash('sha256').update(read(name)).digest('hex');
const form = (page: Page) => page.locator('form.wb-form');
const control = (page: Page, label: string) =>
  form(page).getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}`));
const status = (page: Page) => page.locator('.wb-status');

async function fill(page: Page, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    const field = control(page, label);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

/** Selects `text` in the article as a curator drags over it, across the candidate marks. */
async function selectInArticle(page: Page, text: string): Promise<void> {
  await page.locator('.wb-article').evaluate((article, wanted) => {
    for (const p of article.querySelectorAll('p')) {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) nodes.push(n as Text);
      const whole = nodes.map((n) => n.data).join('');
      const start = whole.indexOf(wanted);
      if (start < 0) continue;
      const at = (offset: number): [Text, number] => {
        let left = offset;
        for (const n of nodes) {
          if (left <= n.data.length) return [n, left];
          left -= n.data.length;
        }
        throw new Error('offset past the paragraph');
      };
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(start + wanted.length));
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      article.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`"${wanted}" is not in the article`);
  }, text);
}

async function save(page: Page, expected: RegExp): Promise<void> {
  await form(page).getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => status(page).textContent()).toMatch(expected);
}

const candidate = (page: Page, name: RegExp) =>
  page.getByRole('list', { name: 'Numbers and dates in this article' }).getByRole('button', { name });

/** The dashboard's reader, once a "Show source" has opened it: the focused sentence. */
async function sentenceShown(page: Page): Promise<string | null> {
  const mark = page.locator('.reader-body mark:focus');
  await mark.waitFor();
  return mark.textContent();
}

const validates = () =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', server.dir], { encoding: 'utf8' });

function distFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path) : [path];
  });
}

describe('the curation workbench (npm run curate)', () => {
  it('takes a page to charted, mapped and timed records, refusing what it must', async () => {
    const dash = await openPage(browser, '/', DESKTOP, server.url);
    await waitForViews(dash.page);
    const wb = await openPage(browser, '/curate', DESKTOP, server.url);
    const { page } = wb;

    // 1. Drop the page; the preview says what ingest will write.
    await page.getByRole('heading', { name: 'Bring a page in' }).waitFor();
    // A 5 MB page and a binary file are refused with a message; the workbench carries on.
    const dropFile = async (name: string, content: string | 'big' | 'binary') => {
      const transfer = await page.evaluateHandle(
        ([fileName, body]) => {
          const data =
            body === 'big'
              ? new Uint8Array(5 * 1024 * 1024).fill(0x61)
              : body === 'binary'
                ? new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
                : body;
          const dt = new DataTransfer();
          dt.items.add(new File([data], fileName));
          return dt;
        },
        [name, content] as const,
      );
      await page.getByText(/^Drop a saved page here/).dispatchEvent('drop', { dataTransfer: transfer });
    };
    await dropFile('huge-page.txt', 'big');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/huge-page\.txt is 5\.0 MB; the workbench takes pages up to 2\.0 MB/);
    await dropFile('photo.png', 'binary');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/photo\.png is not a text page/);
    await dropFile('caspian-rail-page.txt', PAGE);
    const preview = page.getByRole('table', { name: '1 article on the page' });
    await expect.poll(() => preview.textContent()).toContain(`articles/${ARTICLE}.md`);
    expect(await page.getByText(/3 lines left out/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'curate-page-desktop');

    // 2. Save it: ingest writes the article.
    await page.getByRole('button', { name: 'Save the article' }).click();
    await page.getByRole('heading', { name: 'Read and pick' }).waitFor();
    expect(existsSync(dataFile(`articles/${ARTICLE}.md`))).toBe(true);
    await expect.poll(() => status(page).textContent()).toMatch(/wrote/);

    // 3a. The trade figure, from its candidate: an invalid quote is refused at its field.
    await candidate(page, /^\$11\.4 billion/).click();
    expect(await control(page, 'Value').inputValue()).toBe('11400000000');
    expect(await form(page).getByText('guessed: check it').count()).toBeGreaterThanOrEqual(2);
    await fill(page, { Label: TRADE.label, Subject: 'TUR', Counterpart: 'CAS', Year: '2024', Id: TRADE.id });
    await control(page, 'Quote').fill('Trade reached $11.4 billion in 2024');
    await expect.poll(() => control(page, 'Quote').getAttribute('aria-invalid')).toBe('true');
    expect(await control(page, 'Quote').evaluate((el) => el.getAttribute('aria-describedby'))).toContain(
      'problems',
    );
    expect(await form(page).locator('.wb-problem').allTextContents()).toContain(
      `Error: quote not found verbatim in article "${ARTICLE}"`,
    );
    expect(await form(page).getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    // The endpoint checks again: the same record sent straight to it is refused, and nothing written.
    const before = sha('figures.json');
    const refused = await page.evaluate(
      async ({ record, baseHash }) => {
        const token =
          document.querySelector<HTMLMetaElement>('meta[name="crossroads-curate-token"]')?.content ?? '';
        const response = await fetch('/__curate/save', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'x-crossroads-token': token },
          body: JSON.stringify({ kind: 'figure', originalId: null, record, baseHash }),
        });
        return {
          status: response.status,
          body: (await response.json()) as { problems: { field: string }[] },
        };
      },
      {
        baseHash: before,
        record: {
          id: TRADE.id,
          kind: 'trade',
          label: TRADE.label,
          value: 11.4e9,
          unit: 'USD',
          year: 2024,
          asOf: null,
          qualifier: null,
          reportedBy: null,
          subject: 'TUR',
          counterpart: 'CAS',
          note: null,
          source: { article: ARTICLE, quote: 'Trade reached $11.4 billion in 2024' },
        },
      },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.problems.map((p) => p.field)).toContain('source.quote');
    expect(sha('figures.json')).toBe(before);
    // The quote chosen by selecting the sentence in the article is verbatim.
    await selectInArticle(page, TRADE.quote);
    expect(await control(page, 'Quote').inputValue()).toBe(TRADE.quote);
    await save(page, /Saved figure trade-turkey-central-asia-2024 to figures\.json/);
    // The dashboard tab, never reloaded, draws the new bar.
    await dash.page.locator(`.area-charts button.chart-mark[data-mark-id="${TRADE.id}"]`).waitFor();

    // 3b. The range, saved over a stale file: refused, the form keeps every entry.
    await candidate(page, /^\$2 billion/).click();
    // Extract's draft reads the range: one record, both ends, as an investment.
    expect(await control(page, 'High end of a range').inputValue()).toBe('3000000000');
    expect(await control(page, 'Kind').inputValue()).toBe('investment');
    await fill(page, {
      Label: INVEST.label,
      Subject: 'TUR',
      Counterpart: '',
      Year: '',
      'Reported by': 'an industry group',
      Id: INVEST.id,
    });
    await selectInArticle(page, INVEST.quote);
    writeFileSync(dataFile('figures.json'), `${read('figures.json')}\n`);
    const edited = read('figures.json');
    await form(page).getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => form(page).getByRole('alert').textContent())
      .toMatch(/figures\.json has changed since this form was opened/);
    expect(read('figures.json')).toBe(edited);
    expect(await control(page, 'Label').inputValue()).toBe(INVEST.label);
    expect(await control(page, 'High end of a range').inputValue()).toBe('3000000000');
    await form(page).getByRole('button', { name: 'Use the current file and keep my entries' }).click();
    await save(page, /Saved figure investment-caspian-rail-first-stretch/);

    // 3c. A count of things.
    await candidate(page, /^40 /).click();
    await fill(page, {
      Kind: 'count',
      Unit: 'items',
      Measure: 'container trains a week',
      Label: TRAINS.label,
      Subject: 'TUR',
      Counterpart: '',
      Year: '',
      Id: TRAINS.id,
    });
    await selectInArticle(page, TRAINS.quote);
    await save(page, /Saved figure trains-caspian-corridor-weekly/);

    // 3d. The project, its route drawn on the dashboard's own map.
    await page.getByRole('button', { name: 'New project' }).click();
    await fill(page, {
      Name: PROJECT.name,
      Kind: 'railway',
      Status: 'planned',
      Countries: 'TUR, KAZ, UZB',
      Precision: 'approximate',
      'Geometry source': 'Sketched in the workbench through the towns the article names',
      Id: PROJECT.id,
    });
    await selectInArticle(page, PROJECT.quote);
    const map = page.locator('.wb-map .leaflet-container');
    await map.waitFor();
    await map.scrollIntoViewIfNeeded();
    for (const [x, y] of [
      [0.2, 0.45],
      [0.45, 0.5],
      [0.7, 0.55],
    ] as const) {
      // The map's box is read before each click: the form beside it grows as points are added.
      const box = await map.boundingBox();
      if (box === null) throw new Error('the map has no box');
      await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
    }
    await expect.poll(async () => (await control(page, 'Points').inputValue()).split('\n').length).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'curate-project-desktop');
    await save(page, /Saved project caspian-rail-corridor-kars-tashkent to projects\.geojson/);

    // 3e. The event, from its date.
    await candidate(page, /^3 March 2025/).click();
    expect(await control(page, 'Date (').inputValue()).toBe('2025-03-03');
    expect(await control(page, 'Date precision').inputValue()).toBe('day');
    await fill(page, { Label: EVENT.label, Countries: 'TUR, CAS', Id: EVENT.id });
    await selectInArticle(page, EVENT.quote);
    await save(page, /Saved event caspian-rail-corridor-agreed to events\.json/);
    // Captured candidates say so.
    expect(await candidate(page, /^\$11\.4 billion/).textContent()).toContain(`captured by ${TRADE.id}`);

    // 4. The dashboard, still not reloaded: each record is there and opens its sentence.
    const d = dash.page;
    const showSource = async (scope: Locator, quote: string) => {
      await scope
        .getByRole('button', { name: /^Show source/ })
        .first()
        .click();
      expect(await sentenceShown(d)).toBe(quote);
    };
    await d.locator(`button.chart-mark[data-mark-id="${TRADE.id}"]`).click();
    await showSource(
      d.locator('.area-charts figure', { has: d.getByRole('heading', { name: /^Trade with/ }) }),
      TRADE.quote,
    );
    for (const figure of [INVEST, TRAINS]) {
      await d.getByRole('button', { name: `Show source of ${figure.label}` }).click();
      expect(await sentenceShown(d)).toBe(figure.quote);
    }
    await d.locator('.project-row', { hasText: PROJECT.name }).click();
    await showSource(d.locator('.leaflet-popup .map-popup'), PROJECT.quote);
    await d.locator(`button.chart-mark[data-mark-id="${EVENT.id}"]`).click();
    await showSource(
      d.locator('.area-charts figure', { has: d.getByRole('heading', { name: 'Timeline' }) }),
      EVENT.quote,
    );
    await screenshot(d, 'curate-dashboard-live-desktop');

    // 5. A POST from a page on another origin, as any site the curator visits could send one, is
    // refused and writes nothing; so is one that claims another Origin header.
    const hashes = ['figures.json', 'events.json', 'projects.geojson'].map(sha);
    const elsewhere = createServer((_, res) => res.end('<!doctype html><title>elsewhere</title>'));
    await new Promise<void>((done) => elsewhere.listen(0, '127.0.0.1', done));
    const { port } = elsewhere.address() as AddressInfo;
    const other = await browser.newPage();
    await other.goto(`http://127.0.0.1:${port}/`);
    const attempts = await other.evaluate(async (target) => {
      const body = JSON.stringify({
        kind: 'figure',
        originalId: 'trade-turkey-central-asia-2024',
        record: null,
        baseHash: '',
      });
      const results: string[] = [];
      // A "simple" request needs no preflight, so it does reach the server.
      await fetch(`${target}/__curate/save`, { method: 'POST', mode: 'no-cors', body });
      results.push('simple sent');
      try {
        await fetch(`${target}/__curate/save`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
        });
        results.push('json answered');
      } catch {
        results.push('json blocked');
      }
      return results;
    }, server.url);
    expect(attempts).toEqual(['simple sent', 'json blocked']);
    const direct = await fetch(`${server.url}/__curate/save`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}` },
      body: JSON.stringify({
        kind: 'event',
        originalId: EVENT.id,
        record: null,
        baseHash: sha('events.json'),
      }),
    });
    expect(direct.status).toBe(403);
    // Nor may another site frame the workbench, or read its page (no CORS answer).
    const framed = await fetch(`${server.url}/curate`, { headers: { Origin: `http://127.0.0.1:${port}` } });
    expect(framed.headers.get('x-frame-options')).toBe('DENY');
    expect(framed.headers.get('access-control-allow-origin')).toBeNull();
    expect(['figures.json', 'events.json', 'projects.geojson'].map(sha)).toEqual(hashes);
    await other.close();
    elsewhere.close();

    // 6. Edit from the dashboard in curate mode: remove the count, then undo restores the file.
    await page.getByRole('button', { name: 'Dashboard (edit any record)' }).click();
    // Drawing the route took the map's clicks: no country was added to the filter by them.
    expect(await page.getByRole('button', { name: /^Filter by country$/ }).count()).toBe(1);
    // "Edit" on the project's popup opens its form with its route.
    await page.locator('.project-row', { hasText: PROJECT.name }).click();
    await page
      .locator('.leaflet-popup')
      .getByRole('button', { name: `Edit ${PROJECT.name}` })
      .click();
    await page.getByRole('heading', { name: `Edit project ${PROJECT.id}` }).waitFor();
    expect((await control(page, 'Points').inputValue()).split('\n')).toHaveLength(3);
    await form(page).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Dashboard (edit any record)' }).click();
    const withCount = read('figures.json');
    await screenshot(page, 'curate-dashboard-desktop');
    await page.getByRole('button', { name: `Edit ${TRAINS.label}` }).click();
    await page.getByRole('heading', { name: `Edit figure ${TRAINS.id}` }).waitFor();
    await form(page).getByRole('button', { name: 'Remove figure' }).click();
    await expect
      .poll(() => status(page).textContent())
      .toMatch(/Removed figure trains-caspian-corridor-weekly/);
    expect(read('figures.json')).not.toContain(TRAINS.id);
    await page.getByRole('button', { name: 'Undo last save' }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/Undone: figures\.json is back/);
    expect(read('figures.json')).toBe(withCount);
    await d.getByRole('button', { name: `Show source of ${TRAINS.label}` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    expect(validates().status).toBe(0);
    // The two refusals above, and nothing else, are the workbench page's failed requests.
    expect(wb.consoleErrors.splice(0)).toEqual([
      expect.stringContaining('status of 422 (Unprocessable Entity)'),
      expect.stringContaining('status of 409 (Conflict)'),
    ]);
    expectClean(wb);
    expectClean(dash);
    // A long journey on a dev server (modules served one by one): more time than one page's test.
  }, 150_000);

  it('works by keyboard alone: to a candidate, its form, and back', async () => {
    const { page, context } = await openPage(browser, '/curate', DESKTOP, server.url);
    await page.getByRole('heading', { name: 'Bring a page in' }).waitFor();
    const tabTo = async (name: RegExp) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(() => document.activeElement?.textContent ?? '');
        if (name.test(label)) return;
      }
      throw new Error(`Tab never reached ${name}`);
    };
    await tabTo(/^2\. Read and pick$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Read and pick' }).waitFor();
    await tabTo(/^\$95 billion/);
    await page.keyboard.press('Enter');
    // The form opens with the focus on its heading; the next Tab is its first field.
    await page.getByRole('heading', { name: 'New figure' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wb-form-heading');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wb-field-label');
    await page.keyboard.type(' by sea');
    expect(await page.locator('#wb-field-label').inputValue()).toMatch(/ by sea$/);
    await tabTo(/^Cancel$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('form.wb-form').count()).toBe(0);
    await context.close();
  });

  it('leaves no trace in the production build', () => {
    // The e2e global setup built the app (dist-e2e/seed) as npm run build does.
    const markers = [
      '__curate',
      'crossroads-curate-token',
      'crossroads:data-changed',
      'Crossroads workbench',
      'Undo last save',
    ];
    const found = distFiles('dist-e2e/seed').flatMap((path) => {
      const text = readFileSync(path, 'latin1');
      return markers.filter((m) => text.includes(m)).map((m) => `${path}: ${m}`);
    });
    expect(found).toEqual([]);
    expect(distFiles('dist-e2e/seed').length).toBeGreaterThan(5);
  });
});
