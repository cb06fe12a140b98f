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
  // The articles first, then the map, then the charts. The articles are a page of rows and the
  // map (Leaflet, the basemap, the projects' canvas and labels) is the heaviest panel: mounted
  // first, the map held the articles beside it back by its whole mount. This way the first screen
  // (map and articles on a desktop, the map on a phone) is complete sooner, on the corpus by about
  // 0.4 s, and the map is drawn no later; the charts, below the fold, draw a little later
  // (BENCHMARKS.md, "Corpus findings").
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
