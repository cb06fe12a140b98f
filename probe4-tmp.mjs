import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(process.argv[2], { waitUntil: 'networkidle', timeout: 300000 });
await page.waitForTimeout(3000);
for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.waitForTimeout(250);
}
await page.waitForTimeout(3000);
console.log('height', await page.evaluate(() => document.documentElement.scrollHeight));
console.log(await page.evaluate(() => [...document.querySelectorAll('[class^=area-], .area-charts .chart')].map((n) => { const r = n.getBoundingClientRect(); return `${n.className.split(' ')[0]} ${n.querySelector('h2,h3,button')?.textContent?.slice(0,50)} top=${Math.round(r.top + scrollY)} left=${Math.round(r.left)} h=${Math.round(r.height)}`; }).join('\n')));
if (process.argv[3]) {
  const y = await page.evaluate(() => document.querySelector('.area-charts').getBoundingClientRect().top + scrollY);
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.waitForTimeout(500);
  await page.screenshot({ path: process.argv[3] + '-1.png' });
  await page.evaluate((y) => window.scrollTo(0, y + 900), y);
  await page.waitForTimeout(500);
  await page.screenshot({ path: process.argv[3] + '-2.png' });
}
await browser.close();
