import { TimeRangeControl } from './TimeRangeControl';

/** The controls that narrow and export what every view shows, besides the country filter. */
export default function ExploreBar() {
  return <TimeRangeControl />;
}
