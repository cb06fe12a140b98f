import { act, type RenderResult, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { StoreApi } from 'zustand';
import { ChartsPanel } from '../../../src/charts/ChartsPanel';
import { estimateText } from '../../../src/charts/textMeasure';
import type { FiguresFile } from '../../../src/data/schema';
import { yieldToMain } from '../../../src/lib/yieldToMain';
import type { AppState } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';
import { putFile, seedArticles, seedFile, seedStore } from '../state/seedStore';

export { seedArticles };
export const seedFigures = (): FiguresFile => seedFile('figures');

/** The seed data, optionally with other figures, loaded as the app loads it. */
export function loadSeed(store: StoreApi<AppState>, overrides: { figures?: FiguresFile } = {}): void {
  seedStore(store);
  if (overrides.figures) putFile(store, 'figures', { status: 'ready', data: overrides.figures });
}

/**
 * The panel, measuring text by estimate (jsdom has no canvas), once it has drawn after its first
 * paint and every chart's code has loaded (a place waiting for its code is aria-busy).
 */
export async function drawPanel(store: StoreApi<AppState>): Promise<RenderResult> {
  const view = renderWithStore(store, <ChartsPanel measure={estimateText} />);
  await act(() => yieldToMain());
  await waitFor(() => expect(view.container.querySelector('[aria-busy="true"]')).toBeNull(), {
    timeout: 10_000,
  });
  return view;
}
