import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../../state/store';

/** Degrees rounded to about a metre: a redraw that moves nothing publishes nothing new. */
const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;

/** Publishes the map's view to the store (`mapBounds`) after each move; clears it when the map goes. */
export function PublishBounds() {
  const map = useMap();
  const setMapBounds = useAppStore((s) => s.setMapBounds);
  useEffect(() => {
    const publish = () => {
      const b = map.getBounds();
      setMapBounds([round(b.getWest()), round(b.getSouth()), round(b.getEast()), round(b.getNorth())]);
    };
    map.whenReady(publish);
    map.on('moveend', publish);
    return () => {
      map.off('moveend', publish);
      setMapBounds(null);
    };
  }, [map, setMapBounds]);
  return null;
}
