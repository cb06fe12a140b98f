// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHART_WIDTH, MIN_CHART_WIDTH, useChartWidth } from '../../../src/charts/useChartWidth';

afterEach(() => vi.restoreAllMocks());

/** A box measured by the hook, telling every width a render of it saw. */
function Box({ seen }: { seen: (number | null)[] }) {
  const ref = useRef<HTMLDivElement>(null);
  seen.push(useChartWidth(ref));
  return <div ref={ref} />;
}

function widthsSeen(boxWidth: number): (number | null)[] {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: boxWidth } as DOMRect);
  const seen: (number | null)[] = [];
  render(<Box seen={seen} />);
  return seen;
}

describe('useChartWidth', () => {
  it('gives no width until the box is measured, then the measured one: a chart lays out once, never at a guess', () => {
    expect(widthsSeen(712.6)).toEqual([null, 712]);
  });

  it('keeps narrow boxes at the minimum, and gives the default to a box with no width', () => {
    expect(widthsSeen(120).at(-1)).toBe(MIN_CHART_WIDTH);
    expect(widthsSeen(0)).toEqual([null, DEFAULT_CHART_WIDTH]);
  });
});
