// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import type { Problem } from '../../../src/data/problem';
import { Reader } from '../../../src/reader/Reader';
import { leftOutCounts } from '../../../src/state/leftOut';
import { type AppState, createAppStore } from '../../../src/state/store';
import { LeftOutNote } from '../../../src/ui/LeftOutNote';
import { renderWithStore } from '../renderWithStore';
import { seedStore } from '../state/seedStore';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

const problem = (file: string, record: string | null, level: Problem['level'] = 'error'): Problem => ({
  level,
  file,
  record,
  field: 'kind',
  message: 'something is wrong',
});

describe('leftOutCounts', () => {
  it('counts each record an error names once, per file, and ignores warnings', () => {
    const problems = [
      problem('figures.json', 'a'),
      problem('figures.json', 'a'),
      problem('figures.json', 'b'),
      problem('figures.json', 'c', 'warning'),
      problem('events.json', 'a'),
      problem('articles/notes.md', 'notes'),
    ];
    expect(leftOutCounts(problems, ['figures', 'events', 'articles', 'places'])).toEqual([
      { count: 2, singular: 'figure', plural: 'figures' },
      { count: 1, singular: 'event', plural: 'events' },
      { count: 1, singular: 'article', plural: 'articles' },
      { count: 0, singular: 'place', plural: 'places' },
    ]);
  });
});

describe('LeftOutNote', () => {
  it('says what was left out and links to the problems, or says nothing', () => {
    const { rerender } = renderWithStore(
      store,
      <LeftOutNote
        items={[
          { count: 1, singular: 'figure', plural: 'figures' },
          { count: 0, singular: 'event', plural: 'events' },
        ]}
      />,
    );
    expect(screen.getByRole('note')).toHaveTextContent('1 figure left out: see problems');
    expect(screen.getByRole('link', { name: 'see problems' })).toHaveAttribute('href', '#data-problems');
    rerender(<LeftOutNote items={[{ count: 0, singular: 'figure', plural: 'figures' }]} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('a panel that lost records', () => {
  beforeEach(() => seedStore(store));
  it('the reader says in place that an article was left out, and lists the rest', () => {
    store.setState({ datasetProblems: [problem('articles/notes.md', 'notes')] });
    renderWithStore(store, <Reader />);
    expect(screen.getByRole('note')).toHaveTextContent('1 article left out: see problems');
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(4);
  });
});
