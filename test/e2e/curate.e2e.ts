import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyChunkFile, chunkOf } from '../../src/data/articleIndex';
import {
  axeViolations,
  DESKTOP,
  expectClean,
  launchBrowser,
  loadCharts,
  openPage,
  type PageWatch,
  PHONE,
  screenshot,
} from './browser';
import { type CurateServer, startCurate } from './curateServer';
import { E2E_BUILD } from './serveData';

// The curator's journey on `npm run curate`, on a temporary copy of data/: a page of our own with
// three figures (a freight volume in tonnes, a country's planned spending on a port, the trade of
// a country not yet in countries.json), every user action counted. Then two tabs editing one
// record, the keyboard alone, axe in each state at desktop and phone sizes, and the production build.

const PAGE = readFileSync('test/fixtures/curate/caucasus-freight-page.txt', 'utf8');
const ARTICLE = 'armenian-trade-grows-as-kazakhstan-expands-its-caspian-port';
const FREIGHT = `${ARTICLE}-count-kaz-1`;
const PORT = `${ARTICLE}-investment-kaz-1`;
const TRADE = `${ARTICLE}-trade-arm-1`;
// The keyboard journey's page, pasted: it carries no publisher and no date of its own.
const PASTED = readFileSync('test/fixtures/curate/georgia-ferry-page.txt', 'utf8');
const PASTED_ARTICLE = 'kazakh-grain-rides-georgias-black-sea-ferries';
// A figure of the seed data, shown as a key-figure card: the two-tab test edits it.
const TARIFF = 'tariff-us-blanket';

let server: CurateServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startCurate(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * The workbench at /curate. E2E_SLOW_DATA_MS delays every data file the page fetches: the way to
 * reproduce a loaded machine, where the data reloads after a save while the curator goes on.
 */
async function openCurate(viewport = DESKTOP): Promise<PageWatch> {
  const watch = await openPage(browser, '/curate', viewport, server.url);
  const slow = Number(process.env.E2E_SLOW_DATA_MS ?? 0);
  if (slow > 0)
    await watch.page.route(/\/data\//, async (route) => {
      await new Promise((done) => setTimeout(done, slow));
      await route.continue();
    });
  await watch.page.getByRole('heading', { name: 'Bring a page in' }).waitFor();
  return watch;
}

const read = (name: string) => readFileSync(join(server.dir, name), 'utf8');
const figure = (id: string) =>
  (JSON.parse(read('figures.json')) as { figures: Record<string, unknown>[] }).figures.find(
    (f) => f.id === id,
  );
const form = (page: Page) => page.locator('form.wb-form');
const field = (page: Page, label: string) => form(page).getByLabel(new RegExp(`^${label}`));
const status = (page: Page) => page.locator('.wb-status');
const undoButton = (page: Page) => page.locator('.wb-undo');
const candidate = (page: Page, text: string) =>
  page
    .getByRole('list', { name: 'Numbers and dates in this article' })
    .getByRole('button', { name: new RegExp(`^${text.replace(/[$.]/g, '\\$&')}`) });
/**
 * Waits for what the curator would see next. The workbench answers after the dev server has run
 * ingest or checked the whole folder, and on a loaded machine that takes seconds, not vitest's
 * default second.
 */
const until = <T>(seen: () => Promise<T>) => expect.poll(seen, { timeout: 30_000, interval: 100 });

/** Every state the curator meets must pass axe; a screenshot of each is kept to look at. */
async function checkState(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), name).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name}: horizontal overflow`).toBeLessThanOrEqual(0);
  await screenshot(page, `curate-${name}`);
}

/** The state at the other size too: the page is resized, not reloaded, and goes back after. */
async function checkBothSizes(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? DESKTOP;
  const [own, other] = size.width === PHONE.width ? ['phone', 'desktop'] : ['desktop', 'phone'];
  await checkState(page, `${name}-${own}`);
  await page.setViewportSize(size.width === PHONE.width ? DESKTOP : PHONE);
  await checkState(page, `${name}-${other}`);
  await page.setViewportSize(size);
}

describe('the curation workbench (npm run curate)', () => {
  it('takes a page of three figures to saved records in at most 15 actions, with no hand edit', async () => {
    const watch = await openCurate();
    const { page } = watch;
    await checkBothSizes(page, 'start');
    let actions = 0;
    const started = Date.now();
    const act = async (step: () => Promise<unknown>) => {
      actions++;
      await step();
    };

    // The page, dropped as a file: ingest's preview; the date comes from the page itself.
    await act(async () => {
      const transfer = await page.evaluateHandle((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'caucasus-freight-page.txt'));
        return dt;
      }, PAGE);
      await page.getByText(/^Drop a saved page here/).dispatchEvent('drop', { dataTransfer: transfer });
    });
    await page
      .getByRole('list', { name: 'Files ingest will write' })
      .getByText(`articles/${ARTICLE}.md`)
      .waitFor();
    await checkState(page, 'preview-desktop');
    await act(() => page.getByRole('button', { name: 'Save the article' }).click());
    await page.getByRole('heading', { name: 'Read and pick' }).waitFor();
    // The file named as the curator knows it, no machine path.
    expect(await status(page).textContent()).toMatch(new RegExp(`wrote\\s+articles/${ARTICLE}\\.md`));
    // Undo says, before it is pressed, that it would take the page back out.
    await until(() => undoButton(page).textContent()).toBe(`Undo the save of articles/${ARTICLE}.md`);

    // 1. The freight volume: extract's draft is kept as it is.
    await act(() => candidate(page, '2.1 million tonnes').click());
    expect(await field(page, 'Id').inputValue()).toBe(FREIGHT);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    await checkState(page, 'form-desktop');
    await act(() => form(page).getByRole('button', { name: 'Save' }).click());
    await until(() => status(page).textContent()).toMatch(`Saved figure ${FREIGHT}`);

    // 2. The planned spending on a port: extract reads "plans to spend" as an investment.
    await act(() => candidate(page, '$450 million').click());
    expect(await field(page, 'Kind').inputValue()).toBe('investment');
    expect(await field(page, 'Id').inputValue()).toBe(PORT);
    await act(() => form(page).getByRole('button', { name: 'Save' }).click());
    await until(() => status(page).textContent()).toMatch(`Saved figure ${PORT}`);

    // 3. Armenia's trade with China: Armenia is not in countries.json; it is added from the form.
    // The data reloads after each save while the curator goes on: the form must stay put meanwhile.
    await act(() => candidate(page, '$1.2 billion').click());
    await act(() => field(page, 'Subject').fill('Armenia'));
    await page.getByRole('option', { name: /^Armenia ARM/ }).waitFor();
    await act(() => page.keyboard.press('Enter'));
    expect(await field(page, 'Subject').inputValue()).toBe('ARM');
    await act(() => page.getByRole('button', { name: 'Add Armenia to countries.json' }).click());
    await until(() => status(page).textContent()).toMatch(/Added Armenia \(ARM\).*basemap/);
    // The form checks again against the new countries.json, without a reload.
    await until(() => page.getByRole('button', { name: /^Add Armenia/ }).count()).toBe(0);
    expect(await field(page, 'Counterpart').inputValue()).toBe('CHN');
    await act(() => field(page, 'Label').fill('Trade of Armenia with China'));
    expect(await field(page, 'Id').inputValue()).toBe(TRADE);
    await act(() => form(page).getByRole('button', { name: 'Save' }).click());
    await until(() => status(page).textContent()).toMatch(`Saved figure ${TRADE}`);
    const seconds = (Date.now() - started) / 1000;

    expect(actions).toBeLessThanOrEqual(15);
    // "last year", read against the page's date (4 March 2025): a year extract marks as guessed.
    expect(figure(FREIGHT)).toMatchObject({
      kind: 'count',
      value: 2100000,
      measure: 'tonnes of freight',
      year: 2024,
    });
    expect(figure(PORT)).toMatchObject({ kind: 'investment', value: 450000000, subject: 'KAZ' });
    expect(figure(TRADE)).toMatchObject({
      kind: 'trade',
      subject: 'ARM',
      counterpart: 'CHN',
      year: 2024,
      flow: 'total',
    });
    expect(read('countries.json')).toContain('"code": "ARM"');
    expect(await undoButton(page).textContent()).toBe(`Undo the save of figure ${TRADE} in figures.json`);
    expectClean(watch);
    const load = loadavg()[0]?.toFixed(1);
    console.log(`curate journey: ${actions} actions, ${seconds.toFixed(1)} s, load average ${load}`);
    await watch.context.close();
  }, 240_000);

  it('merges a stale save field by field across two real tabs, and asks about a field both changed', async () => {
    const tabs = await Promise.all([0, 1].map(() => openCurate()));
    const [a, b] = tabs.map((t) => t.page) as [Page, Page];
    // "Edit" on a seed figure's key-figure card, in the dashboard the workbench composes.
    const openEdit = async (page: Page) => {
      await page.getByRole('button', { name: /^Dashboard/ }).click();
      // The key-figure cards load their code as they near the viewport: scroll them in, as a reader would.
      await loadCharts(page);
      const label = String(figure(TARIFF)?.label);
      await page
        .getByRole('button', { name: `Edit ${label}` })
        .first()
        .click();
      await page.getByRole('heading', { name: `Edit figure ${TARIFF}` }).waitFor();
    };
    await openEdit(a);
    await openEdit(b);
    // Tab A changes the note, tab B the reporter: B's save merges and keeps A's note.
    await field(a, 'Note').fill('Checked against the tariff schedule');
    await form(a).getByRole('button', { name: 'Save' }).click();
    await until(() => status(a).textContent()).toMatch(/^Saved/);
    await field(b, 'Reported by').fill('the trade ministry');
    await form(b).getByRole('button', { name: 'Save' }).click();
    await until(() => status(b).textContent()).toMatch(/^Saved/);
    expect(figure(TARIFF)).toMatchObject({
      note: 'Checked against the tariff schedule',
      reportedBy: 'the trade ministry',
    });
    // Both change the label: B is asked which to keep.
    await openEdit(a);
    await openEdit(b);
    await field(a, 'Label').fill('Blanket US tariff');
    await form(a).getByRole('button', { name: 'Save' }).click();
    await until(() => status(a).textContent()).toMatch(/^Saved/);
    await field(b, 'Label').fill('US tariff on most partners');
    await form(b).getByRole('button', { name: 'Save' }).click();
    await b.getByRole('heading', { name: /Changed here and elsewhere/ }).waitFor();
    expect(figure(TARIFF)?.label).toBe('Blanket US tariff');
    await checkBothSizes(b, 'conflict');
    await b.getByRole('button', { name: /^Keep mine/ }).click();
    await form(b).getByRole('button', { name: 'Save' }).click();
    await until(() => status(b).textContent()).toMatch(/^Saved/);
    expect(figure(TARIFF)).toMatchObject({
      label: 'US tariff on most partners',
      note: 'Checked against the tariff schedule',
    });
    expectClean(tabs[0] as PageWatch);
    // Tab B's stale saves were answered 409, as they should be; the browser logs each such answer.
    expect(tabs[1]?.consoleErrors.filter((e) => !/status of 409 \(Conflict\)/.test(e))).toEqual([]);
    for (const t of tabs) await t.context.close();
  }, 180_000);

  it('takes a pasted page to a saved figure by keyboard alone, on a phone, and undoes it step by step', async () => {
    const watch = await openCurate(PHONE);
    const { page } = watch;
    const notFound: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) notFound.push(new URL(r.url()).pathname);
    });
    const keys = { count: 0 };
    const press = async (key: string) => {
      keys.count++;
      await page.keyboard.press(key);
    };
    /** Tabs (forward, or back) until the focused control's label or text matches: only the keyboard moves. */
    const tabTo = async (name: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
      for (let i = 0; i < 150; i++) {
        await press(key);
        const label = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
        });
        if (name.test(label)) return;
      }
      throw new Error(`Tab never reached ${name}`);
    };
    const type = async (text: string) => {
      keys.count++;
      await page.keyboard.insertText(text);
    };

    // 1. The page, pasted, with the publisher and the date it does not carry.
    await tabTo(/^Or paste the page's text$/);
    await type(PASTED);
    await tabTo(/^Preview the pasted text$/);
    await press('Enter');
    await page.getByRole('list', { name: 'Files ingest will write' }).getByText(PASTED_ARTICLE).waitFor();
    await tabTo(/^Publisher$/);
    await type('Black Sea Courier');
    await tabTo(/^Published/);
    await type('2025-05-10');
    await checkBothSizes(page, 'preview-pasted');
    await tabTo(/^Save the article$/);
    await press('Enter');
    await page.getByRole('heading', { name: 'Read and pick' }).waitFor();
    expect(read(`articles/${PASTED_ARTICLE}.md`)).toMatch(/publisher: "Black Sea Courier"/);

    // 2. A blank form shows no error until Save; then every problem shows, the focus on the first.
    await tabTo(/^New figure$/);
    await press('Enter');
    await page.getByRole('heading', { name: 'New figure' }).waitFor();
    expect(await page.locator('.wb-problem').count()).toBe(0);
    await checkBothSizes(page, 'blank-form');
    await tabTo(/^Save$/);
    await press('Enter');
    await until(() => page.locator('.wb-problem').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await checkBothSizes(page, 'errors');

    // 3. The trade figure, picked from the list; Georgia named in the combobox and added.
    await tabTo(/^\$2\.3 billion/, 'Shift+Tab');
    await press('Enter');
    await page.getByRole('heading', { name: 'New figure' }).waitFor();
    // "last year", read against the date typed for the page.
    expect(await field(page, 'Year').inputValue()).toBe('2024');
    await tabTo(/^Subject/);
    await press('Control+A');
    await type('Georgia');
    await page.getByRole('option', { name: /^Georgia GEO/ }).waitFor();
    await checkBothSizes(page, 'combobox');
    await press('Enter');
    expect(await field(page, 'Subject').inputValue()).toBe('GEO');
    await checkBothSizes(page, 'add-country');
    await tabTo(/^Add Georgia to countries\.json$/);
    await press('Enter');
    await until(() => status(page).textContent()).toMatch(/Added Georgia \(GEO\)/);
    await until(() => page.getByRole('button', { name: /^Add Georgia/ }).count()).toBe(0);
    // Extract's label named the headline's country: corrected in place.
    await tabTo(/^Label/);
    await press('Control+A');
    await type("Georgia's trade with Turkey");
    await tabTo(/^Save$/);
    await press('Enter');
    await until(() => status(page).textContent()).toMatch(/^Saved figure \S+-trade-geo-1 to figures\.json/);
    const saved = `${PASTED_ARTICLE}-trade-geo-1`;
    expect(figure(saved)).toMatchObject({
      kind: 'trade',
      subject: 'GEO',
      counterpart: 'TUR',
      year: 2024,
      label: "Georgia's trade with Turkey",
    });

    // 4. Undo, step by step, each step named before it is taken: the figure, the country, the page.
    const steps = [
      `the save of figure ${saved} in figures.json`,
      'the addition of Georgia to countries.json',
      `the save of articles/${PASTED_ARTICLE}.md`,
    ];
    for (const step of steps) {
      await until(() => undoButton(page).textContent()).toBe(`Undo ${step}`);
      await undoButton(page).focus();
      await press('Enter');
      await until(() => status(page).textContent()).toBe(`Undone: ${step}.`);
    }
    expect(figure(saved)).toBeUndefined();
    expect(read('countries.json')).not.toContain('"code": "GEO"');
    expect(existsSync(join(server.dir, 'articles', `${PASTED_ARTICLE}.md`))).toBe(false);
    // Undoing the page removes its month's chunk of article texts. A data reload still under way
    // from the undo before may ask for that chunk once more: the server answers 404, the browser
    // logs it, and the next reload reads the folder as it is. That answer, and nothing else.
    const chunk = `/data/${bodyChunkFile(chunkOf({ published: '2025-05-10' }))}`;
    expect(notFound.filter((path) => path !== chunk)).toEqual([]);
    expect(watch.consoleErrors.filter((e) => !/status of 404 \(Not Found\)/.test(e))).toEqual([]);
    expect(watch.consoleErrors.length).toBeLessThanOrEqual(notFound.length);
    expect(watch.offOrigin).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    console.log(`curate keyboard journey: ${keys.count} keys`);
    await watch.context.close();
  }, 240_000);

  it('leaves no trace in the production build', () => {
    // The e2e global setup built the app (E2E_BUILD) as npm run build does.
    const markers = [
      '__curate',
      'crossroads-curate-token',
      'Crossroads workbench',
      'Nothing to undo',
      'Hayastan',
    ];
    const found = distFiles(E2E_BUILD).flatMap((path) => {
      const text = readFileSync(path, 'latin1');
      return markers.filter((m) => text.includes(m)).map((m) => `${path}: ${m}`);
    });
    expect(found).toEqual([]);
    expect(distFiles(E2E_BUILD).length).toBeGreaterThan(5);
  });
});

function distFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path) : [path];
  });
}
