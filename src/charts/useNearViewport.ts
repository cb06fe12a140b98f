import { useEffect, useState } from 'react';

/**
 * Whether the element is within half a screen of the viewport, kept up to date as the page
 * scrolls (always true where nothing observes).
 */
export function useNearViewport(node: HTMLElement | null): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (node === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last !== undefined) setNear(last.isIntersecting);
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);
  return near;
}
