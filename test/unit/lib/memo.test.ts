import { describe, expect, it } from 'vitest';
import { memoLast } from '../../../src/lib/memo';

describe('memoLast', () => {
  it('computes once while every input is the same object', () => {
    let calls = 0;
    const sum = memoLast((a: readonly number[], b: number) => {
      calls++;
      return { total: a.reduce((x, y) => x + y, b) };
    });
    const list = [1, 2, 3];
    const first = sum(list, 1);
    expect(sum(list, 1)).toBe(first);
    expect(calls).toBe(1);
    expect(first.total).toBe(7);
  });

  it('computes again when any input is another object, even an equal one', () => {
    let calls = 0;
    const size = memoLast((a: readonly number[]) => {
      calls++;
      return a.length;
    });
    size([1]);
    size([1]);
    expect(calls).toBe(2);
  });

  it('keeps only the last inputs', () => {
    let calls = 0;
    const double = memoLast((n: number) => {
      calls++;
      return n * 2;
    });
    double(1);
    double(2);
    double(1);
    expect(calls).toBe(3);
  });
});
