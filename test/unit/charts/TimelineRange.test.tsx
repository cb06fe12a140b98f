// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StoreApi } from 'zustand';
import { TimelineRange } from '../../../src/charts/timeline/TimelineRange';
import type { TimelineEvent } from '../../../src/data/schema';
import { type AppState, createAppStore } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';
import { putFile } from '../state/seedStore';
import { loadSeed } from './seedStore';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

const event = (id: string, date: string): TimelineEvent => ({
  id,
  date,
  precision: 'day',
  label: id,
  countries: ['KGZ'],
  scheduled: false,
  dateNote: null,
  source: { article: 'a', quote: 'q' },
});

describe('TimelineRange', () => {
  beforeEach(() => {
    loadSeed(store);
    store.getState().setRange({ from: null, to: null });
    putFile(store, 'events', {
      status: 'ready',
      data: { events: [event('a', '2015-03-01'), event('b', '2019-06-01'), event('c', '2024-01-01')] },
    });
  });

  it('offers every year from the first event to the last, and sets the range by keyboard', async () => {
    const user = userEvent.setup();
    renderWithStore(store, <TimelineRange />);
    const years = within(screen.getByRole('group', { name: /^Time range/ })).getAllByRole('button');
    expect(years.map((b) => b.textContent)).toEqual(Array.from({ length: 10 }, (_, i) => String(2015 + i)));

    screen.getByRole('button', { name: '2016' }).focus();
    await user.keyboard('{Enter}');
    expect(store.getState().range).toEqual({ from: '2016', to: '2016' });
    // Shift stretches the range to the year pressed.
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('button', { name: '2018' }));
    await user.keyboard('{/Shift}');
    expect(store.getState().range).toEqual({ from: '2016', to: '2018' });
    expect(screen.getByRole('button', { name: '2017' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '2019' })).toHaveAttribute('aria-pressed', 'false');

    await user.click(screen.getByRole('button', { name: 'Show all years' }));
    expect(store.getState().range).toEqual({ from: null, to: null });
  });

  it('sets the range by dragging across the years', async () => {
    const user = userEvent.setup();
    renderWithStore(store, <TimelineRange />);
    await user.pointer([
      { keys: '[MouseLeft>]', target: screen.getByRole('button', { name: '2019' }) },
      { target: screen.getByRole('button', { name: '2020' }) },
      { target: screen.getByRole('button', { name: '2021' }) },
      { keys: '[/MouseLeft]', target: screen.getByRole('button', { name: '2021' }) },
    ]);
    expect(store.getState().range).toEqual({ from: '2019', to: '2021' });
  });
});
