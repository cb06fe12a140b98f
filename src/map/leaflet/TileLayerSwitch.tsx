import { useEffect, useRef } from 'react';
import { TileLayer } from 'react-leaflet';
import { useAppStore } from '../../state/store';

export type TileStatus = 'off' | 'loading' | 'ok' | 'partial' | 'failed';

/**
 * The opt-in online layer. It reports how its tiles fare: when they fail (offline, blocked), the
 * offline basemap stays and the map says so. Nothing is requested while it is off.
 */
export function TileLayerSwitch({ onStatus }: { onStatus: (status: TileStatus) => void }) {
  const on = useAppStore((s) => s.layers.tiles);
  const counts = useRef({ loaded: 0, failed: 0 });

  useEffect(() => {
    counts.current = { loaded: 0, failed: 0 };
    onStatus(on ? 'loading' : 'off');
  }, [on, onStatus]);

  if (!on) return null;
  const report = () => {
    const { loaded, failed } = counts.current;
    onStatus(failed === 0 ? 'ok' : loaded === 0 ? 'failed' : 'partial');
  };
  return (
    <TileLayer
      url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
      maxZoom={19}
      eventHandlers={{
        tileload: () => {
          counts.current.loaded++;
          report();
        },
        tileerror: () => {
          counts.current.failed++;
          report();
        },
      }}
    />
  );
}
