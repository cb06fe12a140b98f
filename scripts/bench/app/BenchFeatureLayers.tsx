import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { FeatureLayers as ProductFeatureLayers } from '../../../src/map/leaflet/FeatureLayers';
import { benchState } from './benchWindow';
import { SetStyleBaseline } from './SetStyleBaseline';

/**
 * Stands in for the product's FeatureLayers in the bench build (see benchBuildPlugin): the
 * product layer or the baseline, as the page's init script chose, with every layer the map
 * adds counted, so the bench can show that a filter click creates none.
 */
export function FeatureLayers() {
  const map = useMap();
  const bench = benchState();
  useEffect(() => {
    if (!bench) return;
    const count = () => {
      bench.layerAdds += 1;
    };
    map.on('layeradd', count);
    return () => {
      map.off('layeradd', count);
    };
  }, [map, bench]);
  return bench?.mode === 'baseline' ? <SetStyleBaseline /> : <ProductFeatureLayers />;
}
