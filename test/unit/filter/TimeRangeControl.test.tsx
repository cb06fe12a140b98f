// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import { TimeRangeControl } from '../../../src/filter/TimeRangeControl';
import { type AppState, createAppStore } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';
import { seedStore } from '../state/seedStore';

let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
  seedStore(store);
});

const group = () => screen.getByRole('group', { name: 'Time range' });
const options = (label: 'From' | 'To') =>
  within(within(group()).getByLabelText(label))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('TimeRangeControl', () => {
  it('offers each year the data has, and within it each month records are dated to', () => {
    renderWithStore(store, <TimeRangeControl />);
    // The seed's records are dated to years from 1991 to 2025, and to June and July 2025.
    expect(options('From')).toEqual([
      'The earliest',
      'Start of 1991',
      'Start of 2023',
      'Start of 2024',
      'Start of 2025',
      'June 2025',
      'July 2025',
    ]);
    expect(options('To')).toEqual([
      'The latest',
      'End of 1991',
      'End of 2023',
      'End of 2024',
      'End of 2025',
      'June 2025',
      'July 2025',
    ]);
    expect(within(group()).queryByRole('button', { name: 'All dates' })).not.toBeInTheDocument();
  });

  it('sets each end to the year or month picked, and "All dates" clears both', async () => {
    renderWithStore(store, <TimeRangeControl />);
    const user = userEvent.setup();
    await user.selectOptions(within(group()).getByLabelText('From'), 'Start of 2024');
    await user.selectOptions(within(group()).getByLabelText('To'), 'July 2025');
    expect(store.getState().range).toEqual({ from: '2024', to: '2025-07' });
    await user.click(within(group()).getByRole('button', { name: 'All dates' }));
    expect(store.getState().range).toEqual({ from: null, to: null });
  });

  it('shows a range set before it (from the link) as chosen', () => {
    store.getState().setRange({ from: '2025-06', to: '2025' });
    renderWithStore(store, <TimeRangeControl />);
    expect(within(group()).getByLabelText('From')).toHaveValue('2025-06');
    expect(within(group()).getByLabelText('To')).toHaveValue('2025');
  });
});
