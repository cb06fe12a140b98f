import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [w, h] of [[1440, 900], [390, 844]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  const requests = [];
  page.on('request', (r) => requests.push(r.url().replace(/^https?:\/\/[^/]+/, '')));
  await page.goto(process.argv[2], { waitUntil: 'networkidle', timeout: 300000 });
  await page.waitForTimeout(3000);
  console.log(`${w}x${h} before scrolling:`, requests.filter((u) => /Spec|KeyFigures|article-bodies|SpecChart|ChartsPanel/.test(u)).join(' '));
  const n0 = requests.length;
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(200);
  }
  await page.waitForTimeout(2000);
  console.log(`${w}x${h} after scrolling:`, requests.slice(n0).filter((u) => /assets|data/.test(u)).join(' '));
  console.log('height', await page.evaluate(() => document.documentElement.scrollHeight));
  await page.close();
}
await browser.close();
