import '../app/app.css';
import './curate.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DATA_CHANGED_EVENT, reloadOnDataChange } from '../app/liveData';
import { loadData } from '../app/loadData';
import { reportUncaughtErrors } from '../app/reportUncaughtErrors';
import { createAppStore, StoreProvider } from '../state/store';
import { createApi, pageToken } from './api';
import { refreshHashes } from './saveActions';
import { Workbench } from './Workbench';

// The workbench page (/curate), served only by `npm run curate` (scripts/lib/curate/plugin.ts).
const root = document.getElementById('root');
if (root === null) throw new Error('the workbench page has no #root element');
const api = createApi(pageToken());
const appStore = createAppStore();
reportUncaughtErrors(appStore);
void loadData(appStore, '/data/');
reloadOnDataChange(appStore, '/data/');
if (import.meta.hot) import.meta.hot.on(DATA_CHANGED_EVENT, () => void refreshHashes(api));
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={appStore}>
      <Workbench api={api} />
    </StoreProvider>
  </StrictMode>,
);
