import type { FiguresFile } from '../../../src/data/schema';
import { appStore } from '../../../src/state/store';
import { putFile, seedArticles, seedFile, seedStore } from '../state/seedStore';

export { seedArticles };
export const seedFigures = (): FiguresFile => seedFile('figures');

/** The seed data, optionally with other figures, loaded as the app loads it. */
export function loadSeed(overrides: { figures?: FiguresFile } = {}): void {
  seedStore();
  if (overrides.figures) putFile(appStore, 'figures', { status: 'ready', data: overrides.figures });
}
