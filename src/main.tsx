import './app/app.css';
import './app/print.css';
import { readPreloads } from './app/earlyFetch';

// The entry is kept tiny. The browser first paints index.html's static header and opening
// paragraph; the app (React, the store, the validators: src/app/start.tsx) is fetched and run once
// that paint has happened. Run earlier, it would hold the first paint back until the whole app had
// downloaded and been evaluated.
let started = false;
const start = () => {
  if (started) return;
  started = true;
  // The data files' bodies are read while the app's script downloads (app/earlyFetch.ts).
  readPreloads(document, `${import.meta.env.BASE_URL}data/`);
  void import('./app/start');
};
const canWatchPaint =
  typeof PerformanceObserver !== 'undefined' &&
  PerformanceObserver.supportedEntryTypes.includes('paint') &&
  document.visibilityState === 'visible';
if (canWatchPaint) {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
  // Never wait long on a paint that does not come (a tab hidden meanwhile paints nothing).
  setTimeout(start, 1500);
} else start();
