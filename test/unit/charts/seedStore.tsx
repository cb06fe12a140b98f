import { act, render } from '@testing-library/react';
import { ChartsPanel } from '../../../src/charts/ChartsPanel';
import { estimateText } from '../../../src/charts/textMeasure';
import type { FiguresFile } from '../../../src/data/schema';
import { yieldToMain } from '../../../src/lib/yieldToMain';
import { appStore } from '../../../src/state/store';
import { putFile, seedArticles, seedFile, seedStore } from '../state/seedStore';

export { seedArticles };
export const seedFigures = (): FiguresFile => seedFile('figures');

/** The seed data, optionally with other figures, loaded as the app loads it. */
export function loadSeed(overrides: { figures?: FiguresFile } = {}): void {
  seedStore();
  if (overrides.figures) putFile(appStore, 'figures', { status: 'ready', data: overrides.figures });
}

/** The panel, measuring text by estimate (jsdom has no canvas), once it has drawn after its first paint. */
export async function drawPanel(): Promise<ReturnType<typeof render>> {
  const view = render(<ChartsPanel measure={estimateText} />);
  await act(() => yieldToMain());
  return view;
}
