import type { ReactNode } from 'react';
import { MapPanel } from '../map/MapPanel';
import { Reader } from '../reader/Reader';
import { importedComponent } from '../ui/importedComponent';
import { PanelBoundary } from '../ui/PanelBoundary';

const chartsLoading = <p className="charts-loading">Loading charts…</p>;
// The charts load as their own chunk, in parallel with the map's, so the critical path carries
// only the shell, the filter and the reader (see the size budgets in docs/BENCHMARKS.md).
export const ChartsPanel = importedComponent(
  () => import('../charts/ChartsPanel').then((m) => m.ChartsPanel),
  chartsLoading,
);

/** Holds a panel's place until it mounts; its box is reserved in app.css so nothing below moves. */
function PanelWaiting({ what }: { what: string }) {
  return <p className="panel-waiting">Loading {what}…</p>;
}

/** One dashboard area: a headed section whose panel fails on its own (PanelBoundary). */
function DashboardArea({
  area,
  heading,
  panelName,
  children,
}: {
  area: 'map' | 'charts' | 'reader';
  heading: string;
  panelName: string;
  children: ReactNode;
}) {
  return (
    <section className={`area-${area}`} aria-labelledby={`${area}-heading`}>
      <h2 id={`${area}-heading`}>{heading}</h2>
      <PanelBoundary name={panelName}>{children}</PanelBoundary>
    </section>
  );
}

/**
 * The map, the charts and the articles. `stage` says how many have mounted (the app mounts them
 * one by one as the data arrives; the workbench, composing the same dashboard, all at once).
 */
export function DashboardLayout({ stage }: { stage: number }) {
  return (
    <div className="layout">
      <DashboardArea area="map" heading="Map" panelName="map">
        {stage >= 1 ? <MapPanel /> : <PanelWaiting what="the map" />}
      </DashboardArea>
      <DashboardArea area="charts" heading="Charts" panelName="charts">
        {stage >= 3 ? <ChartsPanel /> : chartsLoading}
      </DashboardArea>
      <DashboardArea area="reader" heading="Articles" panelName="article reader">
        {stage >= 2 ? <Reader /> : <PanelWaiting what="the articles" />}
      </DashboardArea>
    </div>
  );
}
