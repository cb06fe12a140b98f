import { lazy, Suspense } from 'react';
import { MapPanel } from '../map/MapPanel';
import { Reader } from '../reader/Reader';
import { PanelBoundary } from '../ui/PanelBoundary';

// The charts load as their own chunk, in parallel with the map's, so the critical path carries
// only the shell, the filter and the reader (see the size budgets in docs/BENCHMARKS.md).
const ChartsPanel = lazy(() => import('../charts/ChartsPanel').then((m) => ({ default: m.ChartsPanel })));

/** Holds a panel's place until it mounts; its box is reserved in app.css so nothing below moves. */
function PanelWaiting({ what }: { what: string }) {
  return <p className="panel-waiting">Loading {what}…</p>;
}

/**
 * The map, the charts and the articles. `stage` says how many have mounted (the app mounts them
 * one by one as the data arrives; the workbench, composing the same dashboard, all at once).
 */
export function DashboardLayout({ stage }: { stage: number }) {
  return (
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
              <ChartsPanel />
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
  );
}
