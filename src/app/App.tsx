import { CountryFilter } from '../filter/CountryFilter';
import { SearchBox } from '../search/SearchBox';
import { importedComponent } from '../ui/importedComponent';
import { PanelBoundary } from '../ui/PanelBoundary';
import { DashboardLayout } from './DashboardLayout';
import { DataSummary } from './DataSummary';
import { Brand, Lede } from './Intro';
import { LiveRegion } from './LiveRegion';
import { Notices } from './Notices';
import { ShareButton } from './ShareButton';
import { usePanelStage } from './usePanelStage';

// The time range and the download need the data to offer anything: they load beside it.
const ExploreBar = importedComponent(() => import('../filter/ExploreBar').then((m) => m.default));
const DownloadControl = importedComponent(() =>
  import('../download/DownloadControl').then((m) => m.DownloadControl),
);

export function App() {
  // The map first (it leads the page on every screen), then the articles, then the charts. The
  // articles first would show them sooner beside the map on a desktop, but on a phone a link to a
  // sentence scrolls to it before the map's panel, taller than its placeholder, mounts above and
  // pushes it out of view (BENCHMARKS.md, "Corpus findings", sixth session).
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
          <SearchBox />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Lede />
        <Notices />
        <LiveRegion />
        <div className="explore-bar">
          <ExploreBar />
          <DownloadControl />
        </div>
        <DataSummary />
        <DashboardLayout stage={stage} />
      </main>
    </>
  );
}
