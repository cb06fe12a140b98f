import { useEffect } from 'react';
import { DashboardLayout } from '../app/DashboardLayout';
import { Notices } from '../app/Notices';
import { CountryFilter } from '../filter/CountryFilter';
import { type CurateSlots, CurateSlotsContext } from '../ui/curateSlots';
import type { WorkbenchApi } from './api';
import { editButton } from './EditButton';
import { DraftLayer } from './map/DraftLayer';
import { PageImport } from './page/PageImport';
import { ReadAndPick } from './read/ReadAndPick';
import { refreshHashes, undoLastSave } from './saveActions';
import { useWorkbench, type View, workbenchStore } from './workbenchStore';

const VIEWS: { id: View; label: string }[] = [
  { id: 'page', label: '1. Bring a page in' },
  { id: 'read', label: '2. Read and pick' },
  { id: 'dashboard', label: 'Dashboard (edit any record)' },
];

/** The composed features' "Edit" buttons and the map's drawing layer. */
const SLOTS: CurateSlots = { recordActions: editButton, mapOverlay: DraftLayer };

/** The dev-only curation shell: beside src/app, composing the dashboard's features. */
export function Workbench({ api }: { api: WorkbenchApi }) {
  const view = useWorkbench((s) => s.view);
  const status = useWorkbench((s) => s.status);
  const undo = useWorkbench((s) => s.undo);

  useEffect(() => {
    void refreshHashes(api);
  }, [api]);

  return (
    <CurateSlotsContext.Provider value={SLOTS}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header wb-header">
        <div className="brand">
          <h1>Crossroads workbench</h1>
          <p className="tagline">
            From a saved news page to sourced records. Saves write to the data folder.
          </p>
        </div>
        <nav aria-label="Workbench">
          <ul className="wb-nav">
            {VIEWS.map((v) => (
              <li key={v.id}>
                <button
                  type="button"
                  aria-current={view === v.id ? 'page' : undefined}
                  onClick={() => workbenchStore.getState().setView(v.id)}
                >
                  {v.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        {/* Says what it will undo before it does: the last save of a record, a country or a page. */}
        <button
          type="button"
          className="wb-undo"
          onClick={() => void undoLastSave(api)}
          disabled={undo === null}
        >
          {undo === null ? 'Nothing to undo' : `Undo ${undo}`}
        </button>
      </header>
      <main id="main" tabIndex={-1} className="wb-main">
        <Notices />
        <div className="wb-status" role="status">
          {status !== null && <p className={status.tone === 'error' ? 'wb-error' : 'wb-ok'}>{status.text}</p>}
        </div>
        {view === 'dashboard' && (
          <div className="header-filter">
            <CountryFilter />
          </div>
        )}
        {view === 'page' && <PageImport api={api} />}
        {view === 'read' && <ReadAndPick api={api} />}
        {view === 'dashboard' && <DashboardLayout stage={3} />}
      </main>
    </CurateSlotsContext.Provider>
  );
}
