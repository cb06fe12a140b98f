import { describe, expect, it } from 'vitest';
import { memoLast, memoRecent } from '../../../src/lib/memo';

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

describe('memoRecent', () => {
  it('gives back the very result of inputs seen a few calls ago', () => {
    let calls = 0;
    const wrap = memoRecent((n: number) => {
      calls++;
      return { n };
    }, 2);
    const one = wrap(1);
    const two = wrap(2);
    expect(wrap(1)).toBe(one);
    expect(wrap(2)).toBe(two);
    expect(calls).toBe(2);
  });

  it('forgets the least recently used inputs beyond its size', () => {
    let calls = 0;
    const wrap = memoRecent((n: number) => {
      calls++;
      return { n };
    }, 2);
    const one = wrap(1);
    wrap(2);
    wrap(1); // 1 is now the most recent, 2 the oldest
    wrap(3); // 2 is dropped
    expect(wrap(1)).toBe(one);
    expect(calls).toBe(3);
    wrap(2);
    expect(calls).toBe(4);
  });

  it('compares every input by identity', () => {
    let calls = 0;
    const wrap = memoRecent((a: readonly number[], b: string) => {
      calls++;
      return a.length + b.length;
    }, 4);
    const list = [1];
    wrap(list, 'x');
    wrap([1], 'x');
    wrap(list, 'y');
    wrap(list, 'x');
    expect(calls).toBe(3);
  });
});
