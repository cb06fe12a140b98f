// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import { CountryFilter } from '../../../src/filter/CountryFilter';
import { type AppState, createAppStore } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';
import { putFile, seedStore } from '../state/seedStore';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

beforeEach(() => seedStore(store));
const countries = () => store.getState().countries;
const open = async () => {
  const user = userEvent.setup();
  renderWithStore(store, <CountryFilter />);
  await user.click(screen.getByRole('button', { name: 'Filter by country' }));
  return user;
};

describe('CountryFilter', () => {
  it('builds its choices when first opened, not with the page', async () => {
    const user = userEvent.setup();
    const { container } = renderWithStore(store, <CountryFilter />);
    expect(container.querySelectorAll('.country-option')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Filter by country' }));
    expect(screen.getByRole('button', { name: 'Kazakhstan' })).toBeInTheDocument();
    // Closed again, the choices stay built (and follow the data).
    await user.click(screen.getByRole('button', { name: 'Filter by country' }));
    expect(container.querySelectorAll('.country-option').length).toBeGreaterThan(0);
  });

  it('is a disclosure: closed at first, opened and closed by its button and by Escape', async () => {
    const user = userEvent.setup();
    renderWithStore(store, <CountryFilter />);
    const toggle = screen.getByRole('button', { name: 'Filter by country' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Kazakhstan' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('searchbox', { name: 'Search countries' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('toggles a country, named by its short name, with aria-pressed', async () => {
    const user = await open();
    const kazakhstan = screen.getByRole('button', { name: 'Kazakhstan' });
    expect(kazakhstan).toHaveAttribute('aria-pressed', 'false');
    await user.click(kazakhstan);
    expect(kazakhstan).toHaveAttribute('aria-pressed', 'true');
    expect(countries()).toEqual(['KAZ']);
    kazakhstan.focus();
    await user.keyboard(' ');
    expect(kazakhstan).toHaveAttribute('aria-pressed', 'false');
    expect(countries()).toEqual([]);
  });

  it('offers a selected country the data does not name, and only while it is selected', async () => {
    const user = await open();
    expect(screen.queryByRole('button', { name: 'Malta' })).not.toBeInTheDocument();
    act(() => store.getState().setCountries(['MLT']));
    const malta = screen.getByRole('button', { name: 'Malta' });
    expect(malta).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Kazakhstan' }));
    expect(screen.getByRole('button', { name: 'Malta' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Malta' }));
    expect(countries()).toEqual(['KAZ']);
    expect(screen.queryByRole('button', { name: 'Malta' })).not.toBeInTheDocument();
  });

  it('selects and clears a whole group, showing "mixed" when part of it is selected', async () => {
    const user = await open();
    const group = screen.getByRole('button', { name: 'All of Central Asia' });
    expect(group).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Tajikistan' }));
    expect(group).toHaveAttribute('aria-pressed', 'mixed');
    await user.click(screen.getByRole('button', { name: 'Iran' }));
    await user.click(group);
    expect(group).toHaveAttribute('aria-pressed', 'true');
    expect(countries()).toEqual(['IRN', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    await user.click(group);
    expect(countries()).toEqual(['IRN']);
  });

  it('offers the EU as one toggle among the powers', async () => {
    const user = await open();
    const powers = screen.getByRole('group', { name: 'Powers and blocs' });
    await user.click(within(powers).getByRole('button', { name: 'European Union' }));
    expect(countries()).toEqual(['EUU']);
  });

  it('narrows the list as one types, and Enter selects a single match', async () => {
    const user = await open();
    await user.type(screen.getByRole('searchbox', { name: 'Search countries' }), 'stan');
    const options = screen.getAllByRole('button', { pressed: false }).map((b) => b.textContent);
    expect(options).toEqual([
      'Kazakhstan',
      'Kyrgyzstan',
      'Tajikistan',
      'Turkmenistan',
      'Uzbekistan',
      'Afghanistan',
    ]);
    await user.clear(screen.getByRole('searchbox', { name: 'Search countries' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search countries' }), 'tehran{Enter}');
    expect(countries()).toEqual(['IRN']);
    await user.type(screen.getByRole('searchbox', { name: 'Search countries' }), 'x');
    expect(screen.getByText('No country matches “tehranx”.')).toBeInTheDocument();
  });

  it('moves from the search box into the list with the down arrow', async () => {
    const user = await open();
    await user.click(screen.getByRole('searchbox', { name: 'Search countries' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'All of Central Asia' })).toHaveFocus();
  });

  it('shows the selection as chips while closed; a chip removes its country', async () => {
    store.getState().setCountries(['KAZ', 'TJK']);
    const user = userEvent.setup();
    renderWithStore(store, <CountryFilter />);
    const chips = screen.getByRole('list', { name: 'Selected countries' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Kazakhstan ×', 'Tajikistan ×']);
    expect(screen.getByRole('button', { name: /Filter by country/ })).toHaveTextContent(
      'Filter by country (2)',
    );
    await user.click(screen.getByRole('button', { name: 'Remove Kazakhstan' }));
    expect(countries()).toEqual(['TJK']);
    expect(screen.getByRole('button', { name: 'Remove Tajikistan' })).toHaveFocus();
  });

  it('counts chips past the fourth, and the count opens the choices', async () => {
    store.getState().setCountries(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    const user = userEvent.setup();
    renderWithStore(store, <CountryFilter />);
    const chips = screen.getByRole('list', { name: 'Selected countries' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Kazakhstan ×', 'Kyrgyzstan ×', 'Tajikistan ×', '+2 more']);
    await user.click(screen.getByRole('button', { name: '+2 more' }));
    expect(screen.getByRole('button', { name: /Filter by country/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('clears everything with Clear, and gives focus back to the toggle', async () => {
    store.getState().setCountries(['KAZ', 'TJK', 'IRN']);
    const user = userEvent.setup();
    renderWithStore(store, <CountryFilter />);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(countries()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Clear' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filter by country' })).toHaveFocus();
  });

  it('closes when a click lands outside it', async () => {
    const user = await open();
    await user.click(document.body);
    expect(screen.getByRole('button', { name: 'Filter by country' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('waits, disabled, until countries.json has loaded', () => {
    putFile(store, 'countries', { status: 'loading' });
    renderWithStore(store, <CountryFilter />);
    expect(screen.getByRole('button', { name: 'Filter by country' })).toBeDisabled();
  });
});
