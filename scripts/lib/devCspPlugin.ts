import type { Plugin } from 'vite';

/**
 * The dev server injects CSS as <style> tags and React Refresh as an inline script, which the
 * production CSP in index.html forbids. In dev only, allow those two; builds keep the strict policy.
 */
export function devCspPlugin(): Plugin {
  return {
    name: 'crossroads-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://127.0.0.1:* ws://localhost:*");
    },
  };
}
