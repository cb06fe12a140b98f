import { afterEach } from 'vitest';

// Node is the default environment (vite.config.ts). A file that needs a DOM starts with the line
// `// @vitest-environment jsdom`; only there are jest-dom's matchers and React's cleanup loaded,
// so the node files pay for neither. Each test makes its own store with createAppStore() (and
// renders with renderWithStore), so there is no shared store to reset between tests.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
