// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import { TimeRangeControl } from '../../../src/filter/TimeRangeControl';
import { selectRecords } from '../../../src/state/records';
import { type AppState, createAppStore } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';
import { putFile, seedStore } from '../state/seedStore';

let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
  seedStore(store);
});

const group = () => screen.getByRole('group', { name: 'Time range' });
const select = (name: string) => within(group()).getByRole('combobox', { name });
const options = (name: string) =>
  within(select(name))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('TimeRangeControl', () => {
  it('offers each year the data has, and within the year chosen each month records are dated to', async () => {
    renderWithStore(store, <TimeRangeControl />);
    // The seed's records are dated to years from 1991 to 2025, and to June and July 2025.
    expect(options('From')).toEqual(['The earliest', '1991', '2023', '2024', '2025']);
    expect(options('To')).toEqual(['The latest', '1991', '2023', '2024', '2025']);
    // No year, no month to pick; a year the data dates no month in offers none.
    expect(within(group()).queryByRole('combobox', { name: 'Starting month' })).not.toBeInTheDocument();
    await userEvent.setup().selectOptions(select('From'), '1991');
    expect(select('Starting month')).toBeDisabled();
    await userEvent.setup().selectOptions(select('From'), '2025');
    expect(select('Starting month')).toBeEnabled();
    expect(options('Starting month')).toEqual(['Start of the year', 'June', 'July']);
    expect(within(group()).queryByRole('button', { name: 'All dates' })).toBeInTheDocument();
  });

  it('sets each end to the year or month picked, and "All dates" clears both', async () => {
    renderWithStore(store, <TimeRangeControl />);
    const user = userEvent.setup();
    await user.selectOptions(select('From'), '2024');
    await user.selectOptions(select('To'), '2025');
    expect(store.getState().range).toEqual({ from: '2024', to: '2025' });
    await user.selectOptions(select('Ending month'), 'July');
    expect(store.getState().range).toEqual({ from: '2024', to: '2025-07' });
    // Back to the whole year; then a new year starts at its whole year again.
    await user.selectOptions(select('Ending month'), 'End of the year');
    expect(store.getState().range).toEqual({ from: '2024', to: '2025' });
    // A new year keeps the month where the data has it, and drops it where not.
    await user.selectOptions(select('From'), '2025');
    await user.selectOptions(select('Starting month'), 'June');
    expect(store.getState().range).toEqual({ from: '2025-06', to: '2025' });
    await user.selectOptions(select('From'), '2024');
    expect(store.getState().range).toEqual({ from: '2024', to: '2025' });
    await user.click(within(group()).getByRole('button', { name: 'All dates' }));
    expect(store.getState().range).toEqual({ from: null, to: null });
    expect(within(group()).queryByRole('button', { name: 'All dates' })).not.toBeInTheDocument();
  });

  it('keeps the month picked when the new year has it', async () => {
    // A figure dated June 2024 beside the seed's June 2025.
    const figures = selectRecords(store.getState(), 'figures');
    const june2024 = { ...(figures[0] as (typeof figures)[number]), id: 'june-2024', asOf: '2024-06-10' };
    putFile(store, 'figures', { status: 'ready', data: { figures: [...figures, june2024] } });
    renderWithStore(store, <TimeRangeControl />);
    const user = userEvent.setup();
    await user.selectOptions(select('From'), '2025');
    await user.selectOptions(select('Starting month'), 'June');
    await user.selectOptions(select('From'), '2024');
    expect(store.getState().range.from).toBe('2024-06');
    expect(select('Starting month')).toHaveValue('06');
  });

  it('shows a range set before it (from the link) as chosen, even a month the data lacks', () => {
    store.getState().setRange({ from: '2023-02', to: '2025-06' });
    renderWithStore(store, <TimeRangeControl />);
    expect(select('From')).toHaveValue('2023');
    expect(select('Starting month')).toHaveValue('02');
    expect(options('Starting month')).toEqual(['Start of the year', 'February']);
    expect(select('To')).toHaveValue('2025');
    expect(select('Ending month')).toHaveValue('06');
  });
});
