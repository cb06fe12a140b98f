import { type RefObject, useEffect } from 'react';

/** The class under which every chart renders in full, for print (charts.css). */
export const PRINTING = 'charts--printing';

/**
 * Charts below the fold skip style and layout until they near the viewport (content-visibility:
 * auto in charts.css). The print stylesheet renders them all; `beforeprint` does too, so a
 * printout started before the print media applies shows no chart blank.
 */
export function usePrintRendering(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const node = ref.current;
    if (node === null) return;
    const before = () => node.classList.add(PRINTING);
    const after = () => node.classList.remove(PRINTING);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [ref]);
}
