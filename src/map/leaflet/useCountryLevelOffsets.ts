import { useMemo } from 'react';
import type { ProjectFeature } from '../../data/schema';
import type { Matched } from '../../state/selectors';
import { ringOffsets } from '../ringOffsets';

/** Screen offsets for the visible country-level projects, spread in a ring per anchor. */
export function useCountryLevelOffsets(
  projects: readonly Matched<ProjectFeature>[],
): Map<string, [number, number]> {
  return useMemo(() => {
    const items: { id: string; lon: number; lat: number }[] = [];
    for (const { record } of projects)
      if (record.properties.precision === 'country-level' && record.geometry.type === 'Point') {
        const [lon, lat] = record.geometry.coordinates;
        items.push({ id: record.properties.id, lon, lat });
      }
    return ringOffsets(items);
  }, [projects]);
}
