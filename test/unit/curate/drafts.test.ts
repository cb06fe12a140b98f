import { describe, expect, it } from 'vitest';
import { wheatPicks } from './fixtures';

const picks = wheatPicks();

describe('the workbench picks', () => {
  it("opens a number as extract's own draft record, its guesses marked", () => {
    const workers = picks.find((p) => p.text.startsWith('12,500'));
    expect(workers?.form.kind).toBe('figure');
    expect(workers?.form.values).toMatchObject({ kind: 'count', unit: 'items', value: '12500' });
    expect(workers?.form.guessed).toEqual(expect.arrayContaining(['kind', 'label', 'subject']));
    expect(workers?.capturedBy).toBeNull();
  });

  it('opens a date as an event with its precision, and lists everything in reading order', () => {
    const march = picks.find((p) => p.kind === 'date' && p.text === 'March 2023');
    expect(march?.form).toMatchObject({ kind: 'event', values: { date: '2023-03', precision: 'month' } });
    expect(march?.form.guessed).toContain('label');
    const offsets = picks.map((p) => p.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(picks.find((p) => p.text.startsWith('$1.2 billion'))?.capturedBy).toBe(
      'trade-kazakhstan-china-wheat-2023',
    );
  });
});
