import { useEffect, useRef, useState } from 'react';
import { afterNextPaint } from './leaflet/afterNextPaint';

/**
 * Whether the project list should draw only its first rows: true from the render that brings a new `list`
 * (a filter click) until the next paint, after which the whole list follows in a task of its own.
 * Rows out of sight below the list's box then cost the click nothing a reader sees. False on
 * the first render: a list that mounts draws all its rows at once.
 */
export function useRestAfterPaint(list: unknown): boolean {
  const [complete, setComplete] = useState(list);
  const partial = complete !== list;
  const [owner] = useState(() => ({}));
  // The list as it is when the paint has happened: a second click before it is drawn in full.
  const latest = useRef(list);
  useEffect(() => {
    latest.current = list;
    if (partial) afterNextPaint(owner, () => setComplete(latest.current));
  }, [list, partial, owner]);
  return partial;
}
