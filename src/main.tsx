import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadData } from './app/loadData';
import { reportUncaughtErrors } from './app/reportUncaughtErrors';
import { startUrlSync } from './app/urlSync';
import { appStore } from './state/store';
import './app/app.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
reportUncaughtErrors(appStore);
// The link is read before the first render, so /?countries=TJK opens on the Tajikistan view.
startUrlSync(appStore);
void loadData(appStore, '/data/');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
