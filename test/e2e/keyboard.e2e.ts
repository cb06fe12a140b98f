import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, focused, launchBrowser, openPage, screenshot, waitForViews } from './browser';

// The whole journey with the keyboard alone: skip link, country filter, project list, popup,
// source sentence and back. No mouse event is sent; every step checks where focus is.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const KHORGOS_QUOTE = 'such as Khorgos in Kazakhstan, one of the largest logistics hubs in the world';

/** Presses Tab (or Shift+Tab) until the focused element matches, failing after `max` presses. */
async function tabTo(
  page: Page,
  matches: (f: { tag: string; name: string; id: string }) => boolean,
  { back = false, max = 80 } = {},
): Promise<{ tag: string; name: string; id: string }> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (matches(f)) return f;
  }
  throw new Error(
    `focus never reached the target in ${max} presses; last at ${JSON.stringify(await focused(page))}`,
  );
}

describe('the keyboard journey', () => {
  it('skip link → Kazakhstan → Khorgos popup → its sentence in the reader → back', async () => {
    const watch = await openPage(browser, '/');
    const { page } = watch;
    await waitForViews(page);
    // Loading the charts scrolled the page; a keyboard user starts from the top of a fresh page.
    await page.reload();
    await page.locator('.area-charts .chart-title').first().waitFor();
    let mouseEvents = 0;
    await page.exposeFunction('__mouse', () => mouseEvents++);
    await page.evaluate(() => {
      for (const type of ['mousedown', 'pointerdown', 'click'])
        document.addEventListener(
          type,
          (e) => {
            // A keyboard-activated button fires click with detail 0; a real pointer sets it.
            if ((e as MouseEvent).detail > 0) (window as unknown as { __mouse: () => void }).__mouse();
          },
          true,
        );
    });

    // 1. The first Tab stop is the skip link; following it puts focus on <main>.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', name: 'Skip to main content' });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('main');

    // 2. Back up into the header to the country filter, open it, choose Kazakhstan.
    await tabTo(page, (f) => f.name.startsWith('Filter by country'), { back: true, max: 10 });
    await page.keyboard.press('Enter');
    const toggle = page.getByRole('button', { name: 'Filter by country' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Kazakhstan', { max: 40 });
    await page.keyboard.press('Space');
    const kazakhstan = page.getByRole('button', { name: 'Kazakhstan', exact: true });
    expect(await kazakhstan.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => new URL(page.url()).search).toBe('?countries=KAZ');
    expect(await focused(page)).toMatchObject({ name: 'Kazakhstan' });
    // Escape closes the choices and gives focus back to the toggle.
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await focused(page)).name).toMatch(/^Filter by country/);

    // 3. On to the Projects list: Khorgos's row opens its popup, focus on the popup's heading.
    const row = await tabTo(page, (f) => f.id === 'map-row-khorgos-dry-port', { max: 60 });
    expect(row.name).toContain('Khorgos dry port');
    await page.keyboard.press('Enter');
    await expect.poll(async () => focused(page)).toMatchObject({ tag: 'h3', name: 'Khorgos dry port' });
    await expect.poll(() => new URL(page.url()).search).toBe('?countries=KAZ&project=khorgos-dry-port');
    const popup = page.locator('.leaflet-popup .map-popup');
    expect(await popup.locator('blockquote').textContent()).toBe(`“${KHORGOS_QUOTE}”`);

    // 4. Show source, inside the popup: focus lands on the highlighted sentence in the reader.
    await tabTo(page, (f) => f.name === 'Show source', { max: 10 });
    expect(await page.evaluate(() => document.activeElement?.closest('.map-popup') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('mark');
    // The quote may be split into several marks where other sources overlap it: the focused one
    // is where it begins, and together the project's marks spell the whole quote, all selected.
    const mark = await page.evaluate((key) => {
      const head = document.activeElement as HTMLElement;
      const runs = [...document.querySelectorAll<HTMLElement>('.reader-body mark[data-keys]')].filter((m) =>
        m.dataset.keys?.split(' ').includes(key),
      );
      return {
        head: head.dataset.head?.split(' ').includes(key),
        text: runs.map((m) => m.textContent).join(''),
        selected: runs.every((m) => m.classList.contains('is-selected')),
      };
    }, 'project:khorgos-dry-port');
    expect(mark).toEqual({ head: true, text: KHORGOS_QUOTE, selected: true });
    await expect
      .poll(() => new URL(page.url()).searchParams.get('article'))
      .toBe('chinas-xi-in-kazakhstan-to-cement-central-asia-ties');
    await screenshot(page, 'keyboard-source-desktop');

    // 5. Back returns to the map with the popup open, the article closed.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?countries=KAZ&project=khorgos-dry-port');
    await expect.poll(() => page.locator('.reader-article').count()).toBe(0);
    await popup.getByRole('heading', { name: 'Khorgos dry port' }).waitFor();
    // Escape in the popup closes it and gives focus back to the row it was opened from.
    await popup.getByRole('heading', { name: 'Khorgos dry port' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
    await expect.poll(async () => (await focused(page)).id).toBe('map-row-khorgos-dry-port');
    await screenshot(page, 'keyboard-end-desktop');

    expect(mouseEvents).toBe(0);
    expectClean(watch);
    await watch.context.close();
  });
});
