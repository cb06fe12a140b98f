import type { ProjectFeature } from '../../data/schema';
import type { Matched } from '../../state/selectors';
import { ringOffsets } from '../ringOffsets';

function offsetsOf(projects: readonly Matched<ProjectFeature>[]): Map<string, [number, number]> {
  const items: { id: string; lon: number; lat: number }[] = [];
  for (const { record } of projects)
    if (record.properties.precision === 'country-level' && record.geometry.type === 'Point') {
      const [lon, lat] = record.geometry.coordinates;
      items.push({ id: record.properties.id, lon, lat });
    }
  return ringOffsets(items);
}

// The canvas, the labels and the popup all ask for the same visible projects' offsets: the last
// result is kept, so a filter change computes them once.
let last: { projects: readonly Matched<ProjectFeature>[]; offsets: Map<string, [number, number]> } | null =
  null;

/** Screen offsets for the visible country-level projects, spread in a ring per anchor. */
export function useCountryLevelOffsets(
  projects: readonly Matched<ProjectFeature>[],
): Map<string, [number, number]> {
  if (last?.projects !== projects) last = { projects, offsets: offsetsOf(projects) };
  return last.offsets;
}
