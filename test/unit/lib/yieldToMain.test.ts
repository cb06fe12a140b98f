import { describe, expect, it } from 'vitest';
import { mapInSlices, yieldToMain } from '../../../src/lib/yieldToMain';

describe('yieldToMain', () => {
  it('resolves in a later task, after a timer already queued', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    await yieldToMain();
    order.push('after yield');
    expect(order).toEqual(['timer', 'after yield']);
  });
});

describe('mapInSlices', () => {
  it('maps every item in order', async () => {
    expect(await mapInSlices([1, 2, 3, 4], (n) => n * 10)).toEqual([10, 20, 30, 40]);
  });

  it('lets other tasks run between slices once a slice has used its budget', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    // A budget below zero ends every slice after one item.
    await mapInSlices(['a', 'b', 'c'], (s) => order.push(s), -1);
    expect(order.indexOf('timer')).toBeGreaterThan(0);
    expect(order.indexOf('timer')).toBeLessThan(order.length - 1);
  });

  it('runs everything in one task when the budget is never reached', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    await mapInSlices(['a', 'b', 'c'], (s) => order.push(s), 60_000);
    expect(order).toEqual(['a', 'b', 'c']);
  });
});
