import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type PageWatch, PHONE, screenshot } from './browser';

const XI = 'chinas-xi-in-kazakhstan-to-cement-central-asia-ties';
const MERZ = 'germanys-merz-says-israel-doing-dirty-work-for-us-in-iran';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function expectClean(watch: PageWatch) {
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offOrigin).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
}

const search = (page: Page) => new URL(page.url()).search;
const status = (page: Page) => page.locator('p.filter-status[role="status"]');

describe('journeys through the filter, the link and the reader', () => {
  it('(1) selecting Tajikistan in the header writes ?countries=TJK, and a reload restores it', async () => {
    const watch = await openPage(browser, '/');
    const { page } = watch;
    const toggle = page.getByRole('button', { name: 'Filter by country' });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const tajikistan = page.getByRole('button', { name: 'Tajikistan', exact: true });
    const entries = await page.evaluate(() => history.length);
    await tajikistan.click();
    expect(await tajikistan.getAttribute('aria-pressed')).toBe('true');
    expect(search(page)).toBe('?countries=TJK');
    // A filter change replaces the history entry: Back leaves the app rather than undoing it.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await expect
      .poll(() => status(page).textContent())
      .toBe(
        'Tajikistan selected: 4 figures (all for Central Asia as a whole), 2 projects, 1 place and 2 events.',
      );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'journey-filter-open-desktop');

    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Filter by country');
    await page.reload();
    await expect.poll(() => status(page).textContent()).toContain('Tajikistan selected');
    await page.getByRole('button', { name: 'Remove Tajikistan' }).waitFor();
    expect(search(page)).toBe('?countries=TJK');

    // Reading an article now marks every mention of Tajikistan and places in it.
    await page.getByRole('button', { name: "China's Xi In Kazakhstan To Cement Central Asia Ties" }).click();
    const mentions = await page.locator('.reader-body mark.mention').allTextContents();
    expect(mentions).toEqual(['Tajikistan', 'Tajikistan', 'Pamir Mountains', 'Tajikistan']);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'journey-tajikistan-desktop');
    expectClean(watch);
    await watch.context.close();
  });

  it('(2) a link to an article and a figure opens the sentence, highlighted and focused; Back returns', async () => {
    const watch = await openPage(browser, '/');
    const { page } = watch;
    await page.getByRole('button', { name: 'Filter by country' }).waitFor();
    await page.goto(`${new URL(page.url()).origin}/?article=${XI}&figure=trade-china-central-asia-2024`);
    const focused = page.locator('.reader-body mark:focus');
    await focused.waitFor();
    expect(await focused.textContent()).toBe(
      'Trade volume with the region was estimated at $95 billion in 2024, according to Chinese customs.',
    );
    expect(await focused.getAttribute('class')).toContain('is-selected');
    expect(await focused.getAttribute('aria-label')).toMatch(
      /^Source of: China's trade with Central Asia: estimated \$95 billion/,
    );
    // The reader scrolled the sentence into its own scrolling box.
    const box = await page.locator('.reader-body').boundingBox();
    const mark = await focused.boundingBox();
    expect(box && mark && mark.y >= box.y && mark.y + mark.height <= box.y + box.height).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'journey-source-desktop');

    await page.goBack();
    await expect.poll(() => search(page)).toBe('');
    await expect.poll(() => page.locator('.reader-article').count()).toBe(0);
    await page.goForward();
    await page.locator('.reader-body mark:focus').waitFor();
    expect(search(page)).toBe(`?figure=trade-china-central-asia-2024&article=${XI}`);
    expectClean(watch);
    await watch.context.close();
  });

  it('(3) activating the "224 deaths" mark selects that figure, pushing a history entry', async () => {
    const watch = await openPage(browser, `/?article=${MERZ}`);
    const { page } = watch;
    const mark = page.getByRole('button', {
      name: /^Source of: Deaths in Iran from Israeli attacks: 224 people/,
    });
    await mark.waitFor();
    expect(await mark.textContent()).toBe('Iranian officials have reported 224 deaths, mostly civilians');
    expect(await mark.getAttribute('tabindex')).toBe('0');
    const entries = await page.evaluate(() => history.length);
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toBe(`?figure=deaths-iran-israeli-strikes&article=${MERZ}`);
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    expect(await mark.getAttribute('class')).toContain('is-selected');
    expect(await mark.getAttribute('aria-current')).toBe('true');

    // A click on the other figure in the next sentence moves the selection there.
    await page.getByRole('button', { name: /^Source of: Civilians killed in Israel/ }).click();
    await expect.poll(() => search(page)).toBe(`?figure=deaths-israel-iranian-strikes&article=${MERZ}`);
    await page.goBack();
    await expect.poll(() => search(page)).toBe(`?figure=deaths-iran-israeli-strikes&article=${MERZ}`);
    expect(await axeViolations(page)).toEqual([]);
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
    expect(search(page)).toBe('?countries=KAZ,KGZ,TJK,TKM,UZB');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test/e2e/screenshots/journey-filter-phone-open.png' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expectClean(watch);
    await watch.context.close();
  });
});
