import { lazy, Suspense } from 'react';
import { CountryFilter } from '../filter/CountryFilter';
import { MapPanel } from '../map/MapPanel';
import { Reader } from '../reader/Reader';
import { PanelBoundary } from '../ui/PanelBoundary';
import { DataSummary } from './DataSummary';
import { LiveRegion } from './LiveRegion';
import { Notices } from './Notices';
import { ShareButton } from './ShareButton';

// The charts load as their own chunk, in parallel with the map's, so the critical path carries
// only the shell, the filter and the reader (see the size budgets in docs/BENCHMARKS.md).
const ChartsPanel = lazy(() => import('../charts/ChartsPanel').then((m) => ({ default: m.ChartsPanel })));

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="brand">
          <h1>Crossroads</h1>
          <p className="tagline">
            Figures in the news on Central Asia and the Middle East, each traced to its sentence.
          </p>
        </div>
        <div className="header-filter" id="filter-slot">
          <PanelBoundary name="country filter">
            <CountryFilter />
          </PanelBoundary>
          <ShareButton />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Notices />
        <LiveRegion />
        <DataSummary />
        <div className="layout">
          <section className="area-map" aria-labelledby="map-heading">
            <h2 id="map-heading">Map</h2>
            <PanelBoundary name="map">
              <MapPanel />
            </PanelBoundary>
          </section>
          <section className="area-charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">Charts</h2>
            <PanelBoundary name="charts">
              <Suspense fallback={<p className="charts-loading">Loading charts…</p>}>
                <ChartsPanel />
              </Suspense>
            </PanelBoundary>
          </section>
          <section className="area-reader" aria-labelledby="reader-heading">
            <h2 id="reader-heading">Articles</h2>
            <PanelBoundary name="article reader">
              <Reader />
            </PanelBoundary>
          </section>
        </div>
      </main>
    </>
  );
}
