import { describe, expect, it } from 'vitest';
import { filterSummary as isolatedSummary } from '../../../src/app/LiveRegion';

// Names in the summary are isolates (lib/isolate.ts); the wording tests read it without them.
const filterSummary = (...args: Parameters<typeof isolatedSummary>) =>
  isolatedSummary(...args).replace(/[\u2068\u2069]/g, '');

const counts = { figures: 5, projects: 3, places: 1, events: 0, regionalFigures: 0, regionalGroups: [] };

describe('filterSummary', () => {
  it('counts what shows, in the singular where it is one', () => {
    expect(filterSummary(['Kazakhstan', 'Tajikistan'], counts)).toBe(
      '2 countries selected: 5 figures, 3 projects, 1 place and 0 events.',
    );
    expect(filterSummary(['Israel'], { ...counts, figures: 1 })).toBe(
      'Israel selected: 1 figure, 3 projects, 1 place and 0 events.',
    );
  });

  it('says how many figures are for a group as a whole', () => {
    expect(
      filterSummary(['Tajikistan'], { ...counts, regionalFigures: 5, regionalGroups: ['Central Asia'] }),
    ).toBe(
      'Tajikistan selected: 5 figures (all for Central Asia as a whole), 3 projects, 1 place and 0 events.',
    );
    expect(
      filterSummary(['A', 'B'], {
        ...counts,
        regionalFigures: 2,
        regionalGroups: ['Central Asia', 'European Union'],
      }),
    ).toContain('5 figures (2 for Central Asia or European Union as a whole)');
  });

  it('says everything shows when nothing is selected', () => {
    expect(filterSummary([], counts)).toBe(
      'No country selected: showing all 5 figures, 3 projects, 1 place and 0 events.',
    );
  });

  it('groups the digits of large counts, as the rest of the page does', () => {
    const large = { ...counts, figures: 3300, projects: 2000, regionalFigures: 1250, undatedFigures: 1040 };
    expect(filterSummary(['Iran'], { ...large, regionalGroups: ['Middle East'] })).toBe(
      'Iran selected: 3,300 figures (1,250 for Middle East as a whole; 1,040 with no date stated), 2,000 projects, 1 place and 0 events.',
    );
  });

  it('isolates the names, so a bidi override in one cannot reverse the counts (issue 14, item 7)', () => {
    expect(isolatedSummary(['Kazakhstan\u202e'], counts)).toBe(
      '\u2068Kazakhstan\u202e\u2069 selected: 5 figures, 3 projects, 1 place and 0 events.',
    );
  });
});
