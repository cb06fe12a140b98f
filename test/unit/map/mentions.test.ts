import { describe, expect, it } from 'vitest';
import { mentionBreaks, mentionClass, mentionClassLabels } from '../../../src/map/mentions';

describe('mention classes', () => {
  it('use each count as a class up to four mentions', () => {
    expect(mentionBreaks(3)).toEqual([1, 2, 3, 4]);
    expect(mentionClassLabels([1, 2, 3, 4], 3)).toEqual(['1', '2', '3', '4']);
  });

  it('split larger counts into four equal steps', () => {
    const breaks = mentionBreaks(23);
    expect(breaks).toEqual([1, 7, 13, 19]);
    expect(mentionClassLabels(breaks, 23)).toEqual(['1–6', '7–12', '13–18', '19–23']);
  });

  it('group the digits of a decade of mentions', () => {
    expect(mentionClassLabels(mentionBreaks(1566), 1566)).toEqual([
      '1–392',
      '393–784',
      '785–1,176',
      '1,177–1,566',
    ]);
  });

  it('place counts in their class, 0 for none', () => {
    const breaks = [1, 7, 13, 19];
    expect([0, 1, 6, 7, 18, 19, 40].map((n) => mentionClass(n, breaks))).toEqual([0, 1, 1, 2, 3, 4, 4]);
  });
});
