import { linearScale } from '../../../src/charts/linearScale';

describe('linearScale', () => {
  it('maps a number domain onto a pixel range, beyond the ends too', () => {
    const x = linearScale([0, 200], [10, 110]);
    expect(x(0)).toBe(10);
    expect(x(50)).toBe(35);
    expect(x(200)).toBe(110);
    expect(x(400)).toBe(210);
  });

  it('maps onto a falling range (a y axis drawn upwards)', () => {
    const y = linearScale([0, 4], [300, 100]);
    expect(y(0)).toBe(300);
    expect(y(1)).toBe(250);
    expect(y(4)).toBe(100);
  });

  it('accepts a reversed domain and times as dates or milliseconds', () => {
    const t0 = Date.UTC(2025, 0, 1);
    const t1 = Date.UTC(2025, 0, 11);
    const x = linearScale([new Date(t1), new Date(t0)], [0, 100]);
    expect(x(new Date(t1))).toBe(0);
    expect(x(t0)).toBe(100);
    expect(x(Date.UTC(2025, 0, 6))).toBe(50);
  });

  it('puts every value at the middle of the range when the domain is one value', () => {
    const x = linearScale([5, 5], [0, 80]);
    expect(x(5)).toBe(40);
    expect(x(9)).toBe(40);
  });
});
