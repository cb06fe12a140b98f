import { type RenderOptions, type RenderResult, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { StoreApi } from 'zustand';
import { type AppState, StoreProvider } from '../../src/state/store';

/**
 * Renders a component under a StoreProvider of the test's own store (made with createAppStore()
 * in the test or its beforeEach), as the app renders under the one store it makes at start.
 * `rerender` keeps the same store.
 */
export function renderWithStore(
  store: StoreApi<AppState>,
  ui: ReactNode,
  options: Omit<RenderOptions, 'wrapper'> = {},
): RenderResult {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StoreProvider store={store}>{children}</StoreProvider>
  );
  return render(ui, { ...options, wrapper });
}
