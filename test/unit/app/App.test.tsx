// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoreApi } from 'zustand';
import { App } from '../../../src/app/App';
import { type AppState, createAppStore } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';
import { seedStore } from '../state/seedStore';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

// Leaflet cannot draw in jsdom (no layout, no canvas): the map itself is tested in Chromium.
vi.mock('../../../src/map/LeafletMap', () => ({ default: () => <p>The Leaflet map</p> }));

describe('App', () => {
  it('puts the filter and Share in the header, and the reader in the articles section', async () => {
    seedStore(store);
    renderWithStore(store, <App />);
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('button', { name: 'Filter by country' })).toBeEnabled();
    expect(within(header).getByRole('button', { name: 'Share' })).toBeInTheDocument();
    const reader = screen.getByRole('region', { name: 'Articles' });
    // The panels mount one at a time once the data is in (usePanelStage).
    expect(
      await within(reader).findByRole('navigation', { name: 'Articles' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it("holds each panel's place until the data is in, then mounts the map, the articles and the charts", async () => {
    renderWithStore(store, <App />);
    expect(screen.getByText('Loading the map…')).toBeInTheDocument();
    expect(screen.getByText('Loading the articles…')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Articles' })).not.toBeInTheDocument();
    act(() => seedStore(store));
    // Panels mount one per frame after the data (usePanelStage): on a loaded two-core machine
    // that takes longer than findBy's default second.
    expect(
      await screen.findByRole('navigation', { name: 'Articles' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    // The map panel came first: its layer switches and project list are there.
    const map = screen.getByRole('region', { name: 'Map' });
    expect(within(map).getByRole('group', { name: 'Map layers' })).toBeInTheDocument();
    expect(await within(map).findByText('The Leaflet map')).toBeInTheDocument();
    // findBy fails when no such figure appears. Not followed by toBeInTheDocument: the figure found
    // may be the chart's placeholder, which the drawn chart replaces a moment later.
    await screen.findByRole('figure', { name: /^Trade/ }, { timeout: 10_000 });
  });

  it('announces each filter change in a polite live region', async () => {
    seedStore(store);
    renderWithStore(store, <App />);
    const live = screen
      .getAllByRole('status')
      .find((el) => el.getAttribute('aria-live') === 'polite') as HTMLElement;
    expect(live).toHaveTextContent(
      'No country selected: showing all 9 figures, 9 projects, 10 places and 8 events.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Filter by country' }));
    await userEvent.click(screen.getByRole('button', { name: 'Israel' }));
    // The name is an isolate (lib/isolate.ts): FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE.
    expect(live).toHaveTextContent(
      '\u2068Israel\u2069 selected: 2 figures, 0 projects, 0 places and 1 event.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Kazakhstan' }));
    expect(live).toHaveTextContent(
      '2 countries selected: 6 figures (4 for \u2068Central Asia\u2069 as a whole), 5 projects, 3 places and 5 events.',
    );
  });

  it('shows notices and lets each be dismissed', async () => {
    seedStore(store);
    store.getState().addNotice('The country code “ZZZ” in the link is not in the data.');
    renderWithStore(store, <App />);
    const notices = screen.getByRole('region', { name: 'Notices' });
    expect(notices).toHaveTextContent('“ZZZ”');
    await userEvent.click(within(notices).getByRole('button', { name: /^Dismiss/ }));
    expect(screen.queryByRole('region', { name: 'Notices' })).not.toBeInTheDocument();
    expect(store.getState().notices).toEqual([]);
  });
});
