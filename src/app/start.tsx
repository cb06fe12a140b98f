// The app proper, loaded by src/main.tsx once the static header has been painted.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { yieldToMain } from '../lib/yieldToMain';
import { LeafletMap } from '../map/MapPanel';
import { createAppStore, StoreProvider } from '../state/store';
import { App } from './App';
import { ChartsPanel } from './DashboardLayout';
import { reloadOnDataChange } from './liveData';
import { loadData } from './loadData';
import { reportUncaughtErrors } from './reportUncaughtErrors';
import { startUrlSync } from './urlSync';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
// The page's one store, made here and handed down to every component by StoreProvider.
const appStore = createAppStore();
reportUncaughtErrors(appStore);
// The link is read before the first render, so /?countries=TJK opens on the Tajikistan view.
startUrlSync(appStore);
void loadData(appStore, '/data/');
reloadOnDataChange(appStore, '/data/');
// A transition: React renders the page in short slices rather than in one long task. The static
// header in index.html stays on screen until the first commit replaces it.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={appStore}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
});
// The panels mount once the data is in (see usePanelStage), but their chunks download from the
// start, alongside the data, as they did when the panels mounted at once: in a task of their own.
// Imported by the panels' own loaders, a panel whose code is in draws at its first render.
void yieldToMain().then(() => {
  void ChartsPanel.load();
  void LeafletMap.load();
});
