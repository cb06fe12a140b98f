import { lazy, Suspense } from 'react';
import { MapPanel } from '../map/MapPanel';
import { Reader } from '../reader/Reader';
import { PanelBoundary } from '../ui/PanelBoundary';

const ChartsPanel = lazy(() => import('../charts/ChartsPanel').then((m) => ({ default: m.ChartsPanel })));

/** The dashboard's own panels, composed here with "Edit" on every record (curate mode). */
export function DashboardView() {
  return (
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
  );
}
