import { startTransition, useEffect, useState } from 'react';
import { type CountryShape, decodeBasemapInSlices } from '../basemap';

export type BasemapState =
  | { status: 'loading' }
  | { status: 'ready'; shapes: CountryShape[] }
  | { status: 'error'; message: string };

/** Fetches and decodes the offline basemap once; the map still draws its features if this fails. */
export function useBasemap(): BasemapState {
  const [state, setState] = useState<BasemapState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    fetch(`${import.meta.env.BASE_URL}basemap.json`)
      .then(async (response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return decodeBasemapInSlices(await response.json());
      })
      .then((decoded) => {
        if (!live) return;
        // A transition: drawing every country renders in slices, not in the task that decoded them.
        startTransition(() =>
          setState(
            decoded.ok
              ? { status: 'ready', shapes: decoded.shapes }
              : { status: 'error', message: decoded.message },
          ),
        );
      })
      .catch((error: unknown) => {
        if (live)
          setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
