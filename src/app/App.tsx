import { lazy, Suspense } from 'react';
import { CountryFilter } from '../filter/CountryFilter';
import { MapPanel } from '../map/MapPanel';
import { Reader } from '../reader/Reader';
import { PanelBoundary } from '../ui/PanelBoundary';
import { DataSummary } from './DataSummary';
import { Brand, Lede } from './Intro';
import { LiveRegion } from './LiveRegion';
import { Notices } from './Notices';
import { ShareButton } from './ShareButton';
import { usePanelStage } from './usePanelStage';

// The charts load as their own chunk, in parallel with the map's, so the critical path carries
// only the shell, the filter and the reader (see the size budgets in docs/BENCHMARKS.md).
const ChartsPanel = lazy(() => import('../charts/ChartsPanel').then((m) => ({ default: m.ChartsPanel })));

/** Holds a panel's place until it mounts; its box is reserved in app.css so nothing below moves. */
function PanelWaiting({ what }: { what: string }) {
  return <p className="panel-waiting">Loading {what}…</p>;
}

export function App() {
  // The map first (it leads the page on every screen), then the articles, then the charts.
  const stage = usePanelStage(3);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <Brand />
        <div className="header-filter" id="filter-slot">
          <PanelBoundary name="country filter">
            <CountryFilter />
          </PanelBoundary>
          <ShareButton />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Lede />
        <Notices />
        <LiveRegion />
        <DataSummary />
        <div className="layout">
          <section className="area-map" aria-labelledby="map-heading">
            <h2 id="map-heading">Map</h2>
            <PanelBoundary name="map">
              {stage >= 1 ? <MapPanel /> : <PanelWaiting what="the map" />}
            </PanelBoundary>
          </section>
          <section className="area-charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">Charts</h2>
            <PanelBoundary name="charts">
              {stage >= 3 ? (
                <Suspense fallback={<p className="charts-loading">Loading charts…</p>}>
                  <ChartsPanel measureFirst />
                </Suspense>
              ) : (
                <p className="charts-loading">Loading charts…</p>
              )}
            </PanelBoundary>
          </section>
          <section className="area-reader" aria-labelledby="reader-heading">
            <h2 id="reader-heading">Articles</h2>
            <PanelBoundary name="article reader">
              {stage >= 2 ? <Reader /> : <PanelWaiting what="the articles" />}
            </PanelBoundary>
          </section>
        </div>
      </main>
    </>
  );
}
