import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  expectClean,
  launchBrowser,
  openPage,
  PHONE,
  popupInsideMap,
  screenshot,
  twoFrames,
  waitForViews,
} from './browser';

// The journeys of the full app at 1440×900: filter → every view, chart → its sentence, sentence →
// the chart, and the address bar keeping up with each.

const XI = 'chinas-xi-in-kazakhstan-to-cement-central-asia-ties';
const MERZ = 'germanys-merz-says-israel-doing-dirty-work-for-us-in-iran';
const CHINA_TRADE = 'trade-china-central-asia-2024';
const IRAN_DEATHS = 'deaths-iran-israeli-strikes';
const HIGHWAY = 'China–Tajikistan highway through the Pamirs';
const KHORGOS = 'Khorgos dry port';
const NINETY_FIVE =
  'Trade volume with the region was estimated at $95 billion in 2024, according to Chinese customs.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const search = (page: Page) => new URL(page.url()).search;
const statusBox = (page: Page) => page.locator('p.filter-status[role="status"]');
/** The filter's summary, read without the isolate characters around its names (lib/isolate.ts). */
const status = (page: Page) => ({
  textContent: async () => ((await statusBox(page).textContent()) ?? '').replace(/[\u2068\u2069]/g, ''),
});
const projectNames = (page: Page) => page.locator('.project-rows .project-name').allTextContents();
/**
 * The trade chart's drawn words, one string (labels wrap onto several SVG text lines), read as a
 * reader would: scrolled to. A chart far from the viewport catches up with the filter as it
 * comes near (LazyChart.tsx), so its words are polled.
 */
const tradeText = async (page: Page) => {
  const figure = page.locator('.area-charts figure', {
    has: page.getByRole('heading', { name: /^Trade with/ }),
  });
  await figure.scrollIntoViewIfNeeded();
  return (await figure.locator('svg text').allTextContents()).join(' ');
};
const chartMark = (page: Page, id: string) =>
  page.locator(`.area-charts button.chart-mark[data-mark-id="${id}"]`);

describe('journeys through the filter, the link and the reader', () => {
  it('(1) Tajikistan in the header: ?countries=TJK, its projects only, regional bars; a reload restores it', async () => {
    const watch = await openPage(browser, '/');
    const { page } = watch;
    await waitForViews(page);
    expect(await projectNames(page)).toContain(KHORGOS);
    const toggle = page.getByRole('button', { name: 'Filter by country' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const tajikistan = page.getByRole('button', { name: 'Tajikistan', exact: true });
    const entries = await page.evaluate(() => history.length);
    await tajikistan.click();
    expect(await tajikistan.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => search(page)).toBe('?countries=TJK');
    // A filter change replaces the history entry: Back leaves the app rather than undoing it.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(await status(page).textContent()).toBe(
      'Tajikistan selected: 4 figures (all for Central Asia as a whole), 2 projects, 1 place and 2 events.',
    );
    const checkView = async () => {
      const names = await projectNames(page);
      expect(names).toContain(HIGHWAY);
      expect(names).not.toContain(KHORGOS);
      expect(await page.locator('.project-count').textContent()).toMatch(/^2 of \d+ projects match/);
      // Every trade bar is labelled as a figure for the region, not for Tajikistan.
      await expect
        .poll(async () => (await tradeText(page)).match(/figure for Central Asia as a whole/g)?.length)
        .toBe(3);
      expect(await chartMark(page, CHINA_TRADE).getAttribute('aria-label')).toContain(
        'figure for Central Asia as a whole',
      );
    };
    // The trade chart was far below the view at the click; scrolled to, it shows the filter.
    await checkView();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'journey-filter-open-desktop');

    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.reload();
    await waitForViews(page);
    await page.getByRole('button', { name: 'Remove Tajikistan' }).waitFor();
    await expect.poll(() => search(page)).toBe('?countries=TJK');
    await expect.poll(() => status(page).textContent()).toContain('Tajikistan selected: 4 figures');
    await checkView();

    // Reading an article now marks every mention of Tajikistan and places in it.
    await page.getByRole('button', { name: "China's Xi In Kazakhstan To Cement Central Asia Ties" }).click();
    // The text loads when the article opens; its marks follow.
    await expect
      .poll(() => page.locator('.reader-body mark.mention').allTextContents())
      .toEqual(['Tajikistan', 'Tajikistan', 'Pamir Mountains', 'Tajikistan']);
    await screenshot(page, 'journey-tajikistan-desktop');
    expectClean(watch);
    await watch.context.close();
  });

  it('(2) the China bar\'s "Show source" opens the $95 billion sentence, focused; Back closes it', async () => {
    const watch = await openPage(browser, '/');
    const { page } = watch;
    await waitForViews(page);
    const bar = chartMark(page, CHINA_TRADE);
    await bar.click();
    expect(await bar.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => search(page)).toBe(`?figure=${CHINA_TRADE}`);
    const tradeFigure = page.locator('.area-charts figure', {
      has: page.getByRole('heading', { name: /^Trade with/ }),
    });
    await tradeFigure.getByRole('button', { name: 'Show source' }).click();

    const mark = page.locator('.reader-body mark:focus');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(NINETY_FIVE);
    expect(await page.evaluate(() => document.activeElement?.closest('mark')?.textContent)).toBe(NINETY_FIVE);
    expect(await mark.getAttribute('class')).toContain('is-selected');
    expect(await page.locator('.reader-title').textContent()).toBe(
      "China's Xi In Kazakhstan To Cement Central Asia Ties",
    );
    await expect.poll(() => search(page)).toBe(`?figure=${CHINA_TRADE}&article=${XI}`);
    // The reader scrolled the sentence into its own scrolling box.
    const box = await page.locator('.reader-body').boundingBox();
    const markBox = await mark.boundingBox();
    expect(box && markBox && markBox.y >= box.y && markBox.y + markBox.height <= box.y + box.height).toBe(
      true,
    );
    await screenshot(page, 'journey-source-desktop');

    await page.goBack();
    await expect.poll(() => search(page)).toBe(`?figure=${CHINA_TRADE}`);
    await expect.poll(() => page.locator('.reader-article').count()).toBe(0);
    expect(await bar.getAttribute('aria-pressed')).toBe('true');
    await page.goForward();
    await page.locator('.reader-body mark:focus').waitFor();
    await expect.poll(() => search(page)).toBe(`?figure=${CHINA_TRADE}&article=${XI}`);
    expectClean(watch);
    await watch.context.close();
  });

  it('(3) activating the "224 deaths" mark selects Iran\'s bar in the casualty chart', async () => {
    const watch = await openPage(browser, `/?article=${MERZ}`);
    const { page } = watch;
    await waitForViews(page);
    const mark = page.getByRole('button', {
      name: /^Source of: Deaths in Iran from Israeli attacks: 224 people/,
    });
    await mark.waitFor();
    expect(await mark.textContent()).toBe('Iranian officials have reported 224 deaths, mostly civilians');
    const iran = chartMark(page, IRAN_DEATHS);
    expect(await iran.getAttribute('aria-pressed')).toBe('false');
    const entries = await page.evaluate(() => history.length);
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toBe(`?figure=${IRAN_DEATHS}&article=${MERZ}`);
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    expect(await mark.getAttribute('class')).toContain('is-selected');
    expect(await mark.getAttribute('aria-current')).toBe('true');
    // The casualty chart: Iran's mark pressed, its bar outlined, its sentence shown under the chart.
    expect(await iran.getAttribute('aria-pressed')).toBe('true');
    const deaths = page.locator('.area-charts figure', {
      has: page.getByRole('heading', { name: /^Reported deaths/ }),
    });
    expect(await deaths.locator('svg rect[stroke-width="3"]').count()).toBe(1);
    expect(await deaths.locator('.chart-selected-heading').textContent()).toBe(
      'Selected: Deaths in Iran from Israeli attacks: 224',
    );
    expect(await deaths.locator('button.chart-mark[aria-pressed="true"]').count()).toBe(1);
    await screenshot(page, 'journey-deaths-desktop');

    // A click on the other figure in the next sentence moves the selection there.
    await page.getByRole('button', { name: /^Source of: Civilians killed in Israel/ }).click();
    await expect.poll(() => search(page)).toBe(`?figure=deaths-israel-iranian-strikes&article=${MERZ}`);
    expect(await iran.getAttribute('aria-pressed')).toBe('false');
    await page.goBack();
    await expect.poll(() => search(page)).toBe(`?figure=${IRAN_DEATHS}&article=${MERZ}`);
    expect(await iran.getAttribute('aria-pressed')).toBe('true');
    expectClean(watch);
    await watch.context.close();
  });

  it('a link to a project opens its popup in full view; a layer switch writes layers= in place', async () => {
    const watch = await openPage(browser, '/?countries=KAZ&project=khorgos-dry-port');
    const { page } = watch;
    await waitForViews(page);
    await page.locator('.leaflet-popup .map-popup').getByRole('heading', { name: KHORGOS }).waitFor();
    // The map moves to the project first: at the frame's edge the popup could not pan into view.
    await expect.poll(() => popupInsideMap(page), { timeout: 5000 }).toBe(true);
    const entries = await page.evaluate(() => history.length);
    const places = page.getByRole('checkbox', { name: 'Places' });
    expect(await places.isChecked()).toBe(true);
    await places.click();
    expect(await places.isChecked()).toBe(false);
    // The address bar is written in the task after the click.
    const layers = () => new URL(page.url()).searchParams.get('layers')?.split(',') ?? [];
    await expect.poll(layers).toContain('projects');
    expect(layers()).not.toContain('places');
    expect(new URL(page.url()).searchParams.get('countries')).toBe('KAZ');
    expect(new URL(page.url()).searchParams.get('project')).toBe('khorgos-dry-port');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await places.click();
    await expect.poll(() => new URL(page.url()).searchParams.has('layers')).toBe(false);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expectClean(watch);
    await watch.context.close();
  });

  it('one filter click updates the charts in view, the project list, the live region and the reader in one frame', async () => {
    const watch = await openPage(browser, `/?article=${XI}`);
    const { page } = watch;
    await waitForViews(page);
    await page.getByRole('button', { name: 'Filter by country' }).click();
    // The trade chart in view: a chart near the viewport follows the click in its frame (one far
    // from it catches up as it comes near, journey 1).
    await page
      .locator('.area-charts figure', { has: page.getByRole('heading', { name: /^Trade with/ }) })
      .scrollIntoViewIfNeeded();
    await twoFrames(page);
    const seen = await page.evaluate(async () => {
      const text = (selector: string) =>
        [...document.querySelectorAll(selector)].map((e) => e.textContent ?? '').join(' | ');
      const read = () => ({
        charts: text('.area-charts svg.chart-svg text'),
        projects: text('.project-count'),
        status: text('p.filter-status').replace(/[\u2068\u2069]/g, ''),
        mentions: document.querySelectorAll('.reader-body mark.mention').length,
        counts: text('.mention-count'),
      });
      const before = read();
      let framed = false;
      requestAnimationFrame(() => {
        framed = true;
      });
      const button = [...document.querySelectorAll<HTMLButtonElement>('#country-panel button')].find(
        (b) => b.textContent === 'Kazakhstan',
      );
      button?.click();
      await Promise.resolve();
      const after = read();
      const sameFrame = !framed;
      // The address bar follows in the next task, so it never delays the views.
      const url = await new Promise<string>((done) => setTimeout(() => done(location.search), 0));
      return { before, after, framed: !sameFrame, url };
    });
    expect(seen.framed).toBe(false);
    expect(seen.url).toBe(`?countries=KAZ&article=${XI}`);
    expect(seen.before.status).toMatch(/^No country selected/);
    expect(seen.after.status).toMatch(/^Kazakhstan selected: /);
    expect(seen.before.projects).toMatch(/^\d+ projects$/);
    expect(seen.after.projects).toMatch(/^\d+ of \d+ projects match the country filter$/);
    expect(seen.before.charts).not.toContain('as a whole');
    expect(seen.after.charts).toContain('Central Asia as a whole');
    expect(seen.after.charts).not.toBe(seen.before.charts);
    expect(seen.before.mentions).toBe(0);
    expect(seen.after.mentions).toBeGreaterThan(0);
    expect(seen.after.counts).toMatch(/mentions? of the selected countries/);
    expectClean(watch);
    await watch.context.close();
  });

  it('drops unknown codes and parameters from a link with a dismissable notice', async () => {
    const watch = await openPage(browser, '/?countries=TJK,ZZZ&utm_source=mail');
    const { page } = watch;
    await page.getByText('The country code “ZZZ” in the link is not in the data.').waitFor();
    await page.getByText('The link parameter “utm_source” is not known and was ignored.').waitFor();
    await expect.poll(() => search(page)).toBe('?countries=TJK');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Dismiss: The country code/ }).click();
    await expect.poll(() => page.locator('.notice').count()).toBe(1);
    expectClean(watch);
    await watch.context.close();
  });

  it('shares the link: "Link copied"', async () => {
    const watch = await openPage(browser, '/?countries=KAZ');
    const { page, context } = watch;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByText('Link copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/\?countries=KAZ$/);
    expectClean(watch);
    await watch.context.close();
  });

  it('works on a 390px phone: chips while closed, the choices in a panel that fits', async () => {
    const watch = await openPage(browser, '/?countries=KAZ,TJK', PHONE);
    const { page } = watch;
    await page.getByRole('button', { name: 'Remove Kazakhstan' }).waitFor();
    await screenshot(page, 'journey-filter-phone-closed');
    const toggle = page.getByRole('button', { name: /Filter by country/ });
    await toggle.click();
    const panel = page.locator('#country-panel');
    const box = await panel.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    await page.getByRole('searchbox', { name: 'Search countries' }).fill('kyr');
    expect(await panel.getByRole('button').allTextContents()).toEqual(['Kyrgyzstan', 'Done']);
    await page.getByRole('searchbox', { name: 'Search countries' }).fill('');
    await page.getByRole('button', { name: 'All of Central Asia' }).click();
    await expect.poll(() => search(page)).toBe('?countries=KAZ,KGZ,TJK,TKM,UZB');
    await page.screenshot({ path: 'test/e2e/screenshots/journey-filter-phone-open.png' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expectClean(watch);
    await watch.context.close();
  });
});
