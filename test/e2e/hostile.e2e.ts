import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, openPage, PHONE, screenshot, waitForViews } from './browser';
import { type Served, serveData } from './serveData';

// The app on test/fixtures/hostile, whose every text field carries markup, script and
// bidi payloads. They must show as text, run nothing and fetch nothing.

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';

let browser: Browser;
let served: Served;
beforeAll(async () => {
  served = await serveData('test/fixtures/hostile');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('hostile data', () => {
  it('renders every payload as text, runs no script and makes no request', async () => {
    const watch = await openPage(browser, '/', undefined, served.url);
    const { page } = watch;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    /** In every state: nothing ran, no element the payloads describe exists, nothing left the origin. */
    const expectInert = async (state: string) => {
      await page.waitForLoadState('networkidle');
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);
      expect(pwned, state).toBeNull();
      expect(dialogs, state).toBe(0);
      expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count(), state).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count(), state).toBe(0);
      expect(watch.offOrigin, state).toEqual([]);
      expect(watch.cspViolations, state).toEqual([]);
      expect(watch.consoleErrors, state).toEqual([]);
    };

    await page.getByRole('heading', { name: `Title ${IMG} ${SCRIPT}` }).waitFor();
    await waitForViews(page);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain(IMG);
    expect(text).toContain('Publisher <svg onload="window.__pwned=4"></svg>');
    await expectInert('first view');
    await screenshot(page, 'hostile-desktop');

    // The article, open in the reader: its payloads are text, its quotes marked as text.
    await page.getByRole('button', { name: `Title ${IMG} ${SCRIPT}` }).click();
    const body = page.locator('.reader-body');
    await body.locator('mark').first().waitFor();
    expect(await body.textContent()).toContain(`Body opens with ${IMG} and ${SCRIPT}`);
    expect(await body.locator('mark').allTextContents()).toContain(
      `Trade reached $95 billion ${IMG} in 2024`,
    );
    await expectInert('article open');

    // A chart mark, focused: its tooltip quotes the payloads as text. The pointer is moved off the
    // page first, so no mark it happens to rest on after the reader's click shows a tooltip too.
    await page.mouse.move(0, 0);
    await page.locator('.area-charts button.chart-mark[data-mark-id="hostile-trade"]').focus();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.locator('.tooltip-label').textContent()).toBe(`Trade ${IMG}`);
    expect(await tooltip.locator('blockquote').textContent()).toBe(
      `“Trade reached $95 billion ${IMG} in 2024”`,
    );
    await expectInert('chart tooltip');
    await screenshot(page, 'hostile-tooltip-desktop');

    // A project's popup, opened from the Projects list.
    await page.locator('#map-row-hostile-site').click();
    const popup = page.locator('.leaflet-popup .map-popup');
    await popup.locator('h3').waitFor();
    expect(await popup.locator('h3').textContent()).toBe('Site <svg onload="window.__pwned=4"></svg>');
    expect(await popup.locator('blockquote').textContent()).toBe(
      `“Trade reached $95 billion ${IMG} in 2024”`,
    );
    await expectInert('project popup');
    await screenshot(page, 'hostile-popup-desktop');
    await watch.context.close();
  });

  // Issue 14, items 7 and 9: a label with U+202E (right-to-left override), a 100-character
  // country name and a 400-character title, at a phone's width and a desktop's.
  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`keeps untrusted text isolated and every long token inside the page at ${viewport.width} px`, async () => {
      const watch = await openPage(
        browser,
        '/?countries=KAZ,KGZ&figure=hostile-long-title-figure&article=hostile-long-title',
        viewport,
        served.url,
      );
      const { page } = watch;
      await waitForViews(page);
      await page.locator('.reader-title').waitFor();
      const card = page.locator('.chart-selected-card').first();
      await card.waitFor();

      // No horizontal overflow: the page is as wide as the screen, the chip's × is on it.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
      const chip = await page.locator('.chip', { hasText: 'KyrgyzstanLongname' }).boundingBox();
      expect(chip === null ? null : chip.x + chip.width).toBeLessThanOrEqual(viewport.width);
      const title = await page.locator('.reader-title').boundingBox();
      expect(title === null ? null : title.x + title.width).toBeLessThanOrEqual(viewport.width);

      // The override in the label, the reporter, the publisher and the project name reverses
      // nothing after it: the amount, the year, the date and the list's next line read in order.
      expect(await readsInOrder(page, '.chart-selected-heading', '$95 billion')).toBe(true);
      expect(await readsInOrder(page, '.chart-selected-facts', '2024')).toBe(true);
      expect(await readsInOrder(page, '.reader-head .byline', '18 June 2025')).toBe(true);
      expect(await readsInOrder(page, '#map-row-hostile-bidi-depot', 'Dry port')).toBe(true);

      // Item 15: the article's mentions are marked near the screen only, and follow the scroll.
      const body = page.locator('.reader-body');
      const lastChunk = body.locator('[data-chunk]').last();
      await body.locator('mark.mention').first().waitFor();
      expect(await lastChunk.locator('mark.mention').count()).toBe(0);
      await body.evaluate((box) => {
        const scroller = box.scrollHeight > box.clientHeight ? box : document.scrollingElement;
        scroller?.scrollTo(0, scroller.scrollHeight);
      });
      await expect.poll(() => lastChunk.locator('mark.mention').count()).toBeGreaterThan(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(watch.offOrigin).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      await screenshot(page, `hostile-long-${name}`);
      await watch.context.close();
    });
  }

  // Issue 14, items 10 to 13: one link with 250 bad codes, look-alike and invisible letters, the
  // online tiles, and a figure paired with another article than its own.
  it("answers a hostile link with a few grouped notices, no tiles and the figure's own article", async () => {
    const links = JSON.parse(readFileSync('test/fixtures/links/hostile.json', 'utf8')) as Record<
      string,
      string
    >;
    const flood = links.noticeFlood?.slice(1) ?? '';
    const watch = await openPage(
      browser,
      `/?countries=ru%C5%BF,%C4%B1rn,K%E2%80%8BAZ&${flood}&layers=projects,tiles&${links.mixedIds?.slice(1)}`,
      PHONE,
      served.url,
    );
    const { page } = watch;
    await page.locator('.reader-title').waitFor();
    await page.waitForLoadState('networkidle');
    const notices = await page.locator('.notice bdi').allTextContents();
    expect(notices).toEqual([
      '253 country codes in the link are not valid: “ruſ”, “ırn”, “K[U+200B]AZ” … and 250 more.',
      expect.stringContaining(
        'cannot switch on the online map tiles, which load images from tile.openstreetmap.org',
      ),
      'The figure “hostile-long-title-figure” in the link is not from the article “hostile-article”: its own article was opened instead.',
    ]);
    expect(await page.locator('.chip').count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: 'Online map tiles' }).isChecked()).toBe(false);
    expect(await page.locator('.reader-title').textContent()).toMatch(/^UnbrokenHeadline/);
    expect(await page.locator('.reader-body mark.source.is-selected').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => location.search)).toBe(
      '?figure=hostile-long-title-figure&article=hostile-long-title&layers=projects',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    expect(watch.offOrigin).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await screenshot(page, 'hostile-link-phone');
    await watch.context.close();
  });
});

/**
 * True when the characters of `text`, inside the first element matching `selector`, are laid out
 * in reading order: each one right of the one before on its line, or on a later line. A bidi
 * override leaking out of the text before it would lay them out right to left.
 */
function readsInOrder(page: Page, selector: string, text: string): Promise<boolean> {
  return page.evaluate(
    ({ selector, text }) => {
      const root = document.querySelector(selector);
      if (root === null) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at < 0) continue;
        const boxes = [...text].map((_, i) => {
          const range = document.createRange();
          range.setStart(node, at + i);
          range.setEnd(node, at + i + 1);
          return range.getBoundingClientRect();
        });
        return boxes.every((box, i) => {
          const before = boxes[i - 1];
          if (before === undefined) return true;
          const sameLine = Math.abs(box.top - before.top) < box.height / 2;
          return sameLine ? box.left >= before.left : box.top > before.top;
        });
      }
      return false;
    },
    { selector, text },
  );
}
