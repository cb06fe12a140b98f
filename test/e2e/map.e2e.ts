import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectsFileSchema } from '../../src/data/schema';
import { type CountryShape, decodeBasemap } from '../../src/map/basemap';
import { pointInRings } from '../../src/map/geometry';
import {
  axeViolations,
  DESKTOP,
  launchBrowser,
  openPage,
  PHONE,
  SCREENSHOT_DIR,
  screenshot,
} from './browser';

// The map in Chromium, on the seed data. Canvas features cannot be queried from the DOM, so the
// test reads the features canvas's pixels: it calibrates geography → screen from the drawn SVG
// country shapes (Web Mercator: x linear in longitude, y linear in the Mercator ordinate).

const basemap = decodeBasemap(JSON.parse(readFileSync('public/basemap.json', 'utf8')));
const shapes = basemap.ok ? basemap.shapes : [];
const projects = projectsFileSchema.parse(JSON.parse(readFileSync('data/projects.geojson', 'utf8'))).features;
const byId = (id: string) => projects.find((p) => p.properties.id === id);
const TILE_HOST = 'tile.openstreetmap.org';

const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
type Project = (lon: number, lat: number) => { x: number; y: number };

async function calibrate(page: Page, code: string): Promise<Project> {
  const shape = shapes.find((s) => s.code === code) as CountryShape;
  const box = await page.locator(`.leaflet-container path.cr-country-${code}`).boundingBox();
  if (!box) throw new Error(`no drawn shape for ${code}`);
  const [w, s, e, n] = shape.bbox;
  const kx = box.width / (e - w);
  const ky = box.height / (mercator(n) - mercator(s));
  return (lon, lat) => ({ x: box.x + (lon - w) * kx, y: box.y + (mercator(n) - mercator(lat)) * ky });
}

/** RGBA of the features canvas at page coordinates (transparent where nothing is drawn). */
async function featurePixels(page: Page, points: { x: number; y: number }[]): Promise<number[][]> {
  return page.evaluate((pts) => {
    const canvas = document.querySelector('.leaflet-cr-features-pane canvas') as HTMLCanvasElement;
    const rect = canvas.getBoundingClientRect();
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    const sx = canvas.width / rect.width;
    return pts.map(({ x, y }) => [
      ...ctx.getImageData(Math.round((x - rect.left) * sx), Math.round((y - rect.top) * sx), 1, 1).data,
    ]);
  }, points);
}

/** True when nothing is drawn on the features canvas within `radius` pixels of a point. */
async function clearOfFeatures(page: Page, at: { x: number; y: number }, radius: number): Promise<boolean> {
  return page.evaluate(
    ({ x, y, r }) => {
      const canvas = document.querySelector('.leaflet-cr-features-pane canvas') as HTMLCanvasElement;
      const rect = canvas.getBoundingClientRect();
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      const data = ctx.getImageData(
        Math.round(x - rect.left - r),
        Math.round(y - rect.top - r),
        2 * r,
        2 * r,
      ).data;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) return false;
      return true;
    },
    { ...at, r: radius },
  );
}

const near = (rgba: number[], hex: string, tolerance = 60) => {
  const target = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return (rgba[3] ?? 0) > 200 && target.every((c, i) => Math.abs(c - (rgba[i] ?? 0)) <= tolerance);
};

/**
 * A point on a country's land, inside the map and clear of any feature, the zoom buttons and the
 * attribution: where a click can only mean the country.
 */
async function clearPointIn(page: Page, code: string): Promise<{ x: number; y: number }> {
  const shape = shapes.find((s) => s.code === code) as CountryShape;
  const project = await calibrate(page, code);
  const frame = await page.locator('.leaflet-container').boundingBox();
  const viewport = page.viewportSize();
  if (!frame || !viewport) throw new Error('no map box');
  const [w, s, e, n] = shape.bbox;
  const candidates: { x: number; y: number }[] = [];
  for (let i = 1; i < 16; i++)
    for (let j = 1; j < 10; j++) {
      const lon = w + ((e - w) * i) / 16;
      const lat = s + ((n - s) * j) / 10;
      if (!shape.polygons.some((rings) => pointInRings(lon, lat, rings))) continue;
      const p = project(lon, lat);
      if (p.x < frame.x + 60 || p.x > frame.x + frame.width - 20) continue;
      if (p.y < Math.max(0, frame.y) + 90 || p.y > Math.min(viewport.height, frame.y + frame.height) - 30)
        continue;
      candidates.push(p);
    }
  for (const p of candidates) if (await clearOfFeatures(page, p, 14)) return p;
  throw new Error(`no clear point in ${code} on screen`);
}

/** Waits until a country's drawn shape stops moving (a fly-to has ended). */
async function settled(page: Page, code: string) {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const box = JSON.stringify(
      await page.locator(`.leaflet-container path.cr-country-${code}`).boundingBox(),
    );
    if (box === last) return;
    last = box;
    await page.waitForTimeout(150);
  }
}

/** Points every few pixels along a route, with the route's segment index for each. */
function alongRoute(coords: number[][], project: Project, stepPx = 3) {
  const out: { x: number; y: number }[] = [];
  for (let i = 1; i < coords.length; i++) {
    const a = project(coords[i - 1]?.[0] as number, coords[i - 1]?.[1] as number);
    const b = project(coords[i]?.[0] as number, coords[i]?.[1] as number);
    const steps = Math.max(1, Math.round(Math.hypot(b.x - a.x, b.y - a.y) / stepPx));
    for (let k = 1; k < steps; k++)
      out.push({ x: a.x + ((b.x - a.x) * k) / steps, y: a.y + ((b.y - a.y) * k) / steps });
  }
  return out;
}

/** The map panel alone, at full resolution, for looking at closely. */
async function panelShot(page: Page, name: string) {
  await page.locator('section.area-map').screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the map on the seed data', () => {
  it('has a decodable basemap to calibrate against', () => {
    expect(shapes.length).toBeGreaterThan(50);
  });

  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`draws, selects, filters and stays offline at ${name} size`, async () => {
      const watch = await openPage(browser, '/', viewport);
      const { page } = watch;
      // Never reach the tile server, even on a machine with internet: the test needs the failure.
      await watch.context.route(`https://${TILE_HOST}/**`, (route) => route.abort('internetdisconnected'));
      const map = page.locator('.leaflet-container');
      await map.locator('path.cr-country-KAZ').waitFor();
      expect(await map.locator('path.cr-country').count()).toBeGreaterThan(80);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await screenshot(page, `map-${name}`);
      await panelShot(page, `map-${name}-panel`);

      // Zoom in on the Pamirs so the short routes are long enough to sample.
      await map.locator('path.cr-country-KGZ').waitFor();
      const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
      await zoomIn.click();
      await page.waitForTimeout(400);
      await zoomIn.click();
      await page.waitForTimeout(600);
      // … then put Kyrgyzstan in the middle by dragging it there.
      const kgz = await map.locator('path.cr-country-KGZ').boundingBox();
      const frame = await map.boundingBox();
      if (!kgz || !frame) throw new Error('no map box');
      await page.mouse.move(kgz.x + kgz.width / 2, kgz.y + kgz.height / 2);
      await page.mouse.down();
      await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2, { steps: 8 });
      await page.mouse.up();
      await page.waitForTimeout(400);

      const project = await calibrate(page, 'KGZ');
      for (const id of ['uzbekistan-kyrgyzstan-china-railway', 'china-tajikistan-highway']) {
        const route = byId(id);
        if (route?.geometry.type !== 'LineString') throw new Error(`${id} is not a route`);
        const samples = alongRoute(route.geometry.coordinates, project);
        const ink = id.includes('railway') ? '#0072b2' : '#b34f00';
        // After a move the map redraws over a few tasks: wait for the ink to arrive.
        const inked = async () => (await featurePixels(page, samples)).filter((px) => near(px, ink)).length;
        await expect.poll(inked, { timeout: 10_000 }).toBeGreaterThan(samples.length * 0.3);
        const hits = (await featurePixels(page, samples)).map((px) => near(px, ink));
        // A dashed line: many samples hit ink, spread over the whole length, not one spot.
        expect(hits.filter(Boolean).length, `${id} ink along its route`).toBeGreaterThan(
          samples.length * 0.3,
        );
        const thirds = [0, 1, 2].map((t) =>
          hits.slice((t * hits.length) / 3, ((t + 1) * hits.length) / 3).some(Boolean),
        );
        expect(thirds, `${id} drawn along its whole length`).toEqual([true, true, true]);
      }

      // A route is clickable on its line (within a few pixels), and the pointer says so.
      const railway = byId('uzbekistan-kyrgyzstan-china-railway');
      if (railway?.geometry.type !== 'LineString') throw new Error('the railway is not a route');
      const mapBox = await map.boundingBox();
      if (!mapBox) throw new Error('no map box');
      // Inside the map's frame: the canvas reaches beyond it, hidden.
      const railSamples = alongRoute(railway.geometry.coordinates, project).filter(
        (p) =>
          p.x > mapBox.x + 60 &&
          p.x < mapBox.x + mapBox.width - 30 &&
          p.y > mapBox.y + 90 &&
          p.y < mapBox.y + mapBox.height - 30,
      );
      const railPixels = await featurePixels(page, railSamples);
      const onRail = railSamples.filter((_, i) => near(railPixels[i] ?? [], '#0072b2'));
      const mid = onRail[Math.floor(onRail.length / 2)] as { x: number; y: number };
      // Set on the canvas itself: the map's own pointer over a country would be inherited.
      let nudge = 0;
      const cursor = async () => {
        // Moved a pixel each time: the canvas hit-tests on mouse moves, once it shows the new view.
        nudge = 1 - nudge;
        await page.mouse.move(mid.x, mid.y + 1 + nudge);
        return page.evaluate(
          () =>
            (document.querySelector('.leaflet-cr-features-pane canvas') as HTMLCanvasElement).style.cursor,
        );
      };
      await expect.poll(cursor, { timeout: 10_000 }).toBe('pointer');
      await page.mouse.click(mid.x, mid.y + 2);
      const routePopup = page.locator('.leaflet-popup');
      await expect.poll(() => routePopup.locator('h3').textContent()).toBe(railway?.properties.name);
      // The popup pans the map to fit: close it once the map has stopped.
      await settled(page, 'KGZ');
      await routePopup.locator('.leaflet-popup-close-button').click();
      await expect.poll(() => routePopup.count()).toBe(0);

      // Khorgos: a filled point, green at its centre and clear of green a few pixels out.
      // Recalibrated: the route's popup may have panned the map.
      const khorgos = (await calibrate(page, 'KGZ'))(80.27, 44.2);
      const [centre, ...ring] = await featurePixels(page, [
        khorgos,
        ...[0, 90, 180, 270].map((deg) => ({
          x: khorgos.x + 14 * Math.cos((deg * Math.PI) / 180),
          y: khorgos.y + 14 * Math.sin((deg * Math.PI) / 180),
        })),
      ]);
      expect(near(centre ?? [], '#009e73', 40), 'Khorgos drawn as a dry-port point').toBe(true);
      expect(ring.filter((px) => near(px, '#009e73', 40))).toEqual([]);

      // Clicking the point on the map opens its popup and marks its row.
      await page.mouse.click(khorgos.x, khorgos.y);
      const popup = page.locator('.leaflet-popup');
      await expect.poll(() => popup.locator('h3').textContent()).toBe('Khorgos dry port');
      const khorgosRow = page.getByRole('button', { name: /^Khorgos dry port/ });
      expect(await khorgosRow.getAttribute('aria-current')).toBe('true');
      // As with the route's popup: it may pan the map to fit, and a close button clicked while the
      // map still moves can be missed (seen once, on a loaded machine).
      await settled(page, 'KGZ');
      await popup.locator('.leaflet-popup-close-button').click();
      await expect.poll(() => popup.count()).toBe(0);

      // Activating a row selects the project, moves the map and opens its popup with the quote.
      const list = page.getByRole('region', { name: 'Projects' });
      await list.getByRole('button', { name: /^Kazakhstan's second nuclear power plant/ }).click();
      await expect
        .poll(() => popup.locator('h3').textContent())
        .toBe("Kazakhstan's second nuclear power plant");
      await expect
        .poll(() => popup.locator('blockquote').textContent())
        .toBe('“but that it wanted China to build the second”');
      expect(await popup.textContent()).toContain('Location not stated — shown at country level.');
      expect(await popup.textContent()).toContain("China's Xi In Kazakhstan To Cement Central Asia Ties");
      await popup.getByRole('button', { name: 'Show source' }).waitFor();
      expect(
        await list
          .getByRole('button', { name: /^Kazakhstan's second nuclear power plant/ })
          .getAttribute('aria-current'),
      ).toBe('true');
      await page.waitForTimeout(1000);
      expect(await axeViolations(page)).toEqual([]);
      await panelShot(page, `map-${name}-popup`);
      await popup.locator('.leaflet-popup-close-button').click();
      await expect.poll(() => popup.count()).toBe(0);

      // Clicking Kazakhstan on the map filters to it; clicking again clears the filter.
      const kazProjects = projects.filter((p) =>
        [...p.properties.countries, ...p.properties.partners].includes('KAZ'),
      );
      const count = page.locator('.project-count');
      expect(await count.textContent()).toBe(`${projects.length} projects`);
      const inKazakhstan = await clearPointIn(page, 'KAZ');
      await page.mouse.click(inKazakhstan.x, inKazakhstan.y);
      await expect
        .poll(() => count.textContent())
        .toBe(`${kazProjects.length} of ${projects.length} projects match the country filter`);
      // The list follows the map's view: all of Kazakhstan's projects, or those the note says are in view.
      const viewNote = (await page.locator('.project-view').textContent()) ?? '';
      const inViewCount = /^(\d+) in the map’s view/.exec(viewNote)?.[1];
      expect(await list.getByRole('listitem').count()).toBe(
        inViewCount === undefined ? kazProjects.length : Number(inViewCount),
      );
      await settled(page, 'KAZ');
      const again = await clearPointIn(page, 'KAZ');
      await page.mouse.click(again.x, again.y);
      await expect.poll(() => count.textContent()).toBe(`${projects.length} projects`);
      await settled(page, 'KAZ');

      // From the keyboard: Enter on a row opens the popup with focus in it; Escape closes it and
      // gives focus back to the row.
      await list.getByRole('button', { name: /^Khorgos dry port/ }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              `${document.activeElement?.closest('.leaflet-popup') ? 'popup' : 'page'} ${document.activeElement?.textContent}`,
          ),
        )
        .toBe('popup Khorgos dry port');
      await page.keyboard.press('Escape');
      await expect.poll(() => popup.count()).toBe(0);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('map-row-khorgos-dry-port');

      // The layer switches hide and show what they name.
      await settled(page, 'KGZ');
      // Recalibrated each time: ticking a box may scroll the page.
      const green = async () => {
        const here = (await calibrate(page, 'KGZ'))(80.27, 44.2);
        return near((await featurePixels(page, [here]))[0] ?? [], '#009e73', 40);
      };
      expect(await green()).toBe(true);
      await page.getByRole('checkbox', { name: 'Projects' }).uncheck();
      await expect.poll(green).toBe(false);
      await page.getByRole('checkbox', { name: 'Projects' }).check();
      await expect.poll(green).toBe(true);

      // Offline by default; the opt-in tile layer fails here, and the map says so.
      expect(watch.offOrigin).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      await page.getByRole('checkbox', { name: 'Online map tiles' }).check();
      const notice = page.getByRole('status').filter({ hasText: 'Online map tiles are unavailable' });
      await notice.waitFor();
      expect(await map.locator('path.cr-country').count()).toBeGreaterThan(80);
      expect(watch.offOrigin.length).toBeGreaterThan(0);
      expect(watch.offOrigin.filter((url) => new URL(url).host !== TILE_HOST)).toEqual([]);
      await panelShot(page, `map-${name}-tiles-failed`);
      await notice.getByRole('button', { name: 'Turn off online tiles' }).click();
      await expect.poll(() => notice.count()).toBe(0);
      await watch.context.close();
    });
  }
});
