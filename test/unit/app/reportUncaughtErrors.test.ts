// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import { reportUncaughtErrors } from '../../../src/app/reportUncaughtErrors';
import { type AppState, createAppStore } from '../../../src/state/store';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

// Error boundaries miss errors thrown in event handlers and rejected promises: those must still
// reach the reader as a notice.
describe('reportUncaughtErrors', () => {
  it('turns an error from an event handler into a visible notice', () => {
    const stop = reportUncaughtErrors(store);
    window.dispatchEvent(
      new ErrorEvent('error', { error: new Error('handler broke'), message: 'handler broke' }),
    );
    stop();
    expect(store.getState().notices).toEqual([
      'Something went wrong: handler broke. The rest of the page still works.',
    ]);
  });

  it('turns a rejected promise into a notice, and stops listening when asked', () => {
    const stop = reportUncaughtErrors(store);
    const event = new Event('unhandledrejection') as Event & { reason?: unknown };
    event.reason = new Error('fetch failed');
    window.dispatchEvent(event);
    stop();
    window.dispatchEvent(new ErrorEvent('error', { message: 'after stop' }));
    expect(store.getState().notices).toEqual([
      'Something went wrong: fetch failed. The rest of the page still works.',
    ]);
  });
});
