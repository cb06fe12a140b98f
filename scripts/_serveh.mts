import { serveData } from '../test/e2e/serveData.ts';
const s = await serveData(process.argv[2] ?? 'test/fixtures/hostile');
console.log(s.url);
setInterval(() => {}, 1000);
