// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import { LayerControl } from '../../../src/map/LayerControl';
import { type AppState, createAppStore } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

describe('LayerControl', () => {
  it('shows the layers as checkboxes bound to the store, online tiles off by default', async () => {
    renderWithStore(store, <LayerControl />);
    const group = screen.getByRole('group', { name: 'Map layers' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Projects' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Places' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Reported attacks' })).toBeChecked();
    const tiles = screen.getByRole('checkbox', { name: 'Online map tiles' });
    expect(tiles).not.toBeChecked();
    expect(tiles).toHaveAccessibleDescription('(loads images from tile.openstreetmap.org)');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Projects' }));
    expect(store.getState().layers.projects).toBe(false);
    await userEvent.click(tiles);
    expect(store.getState().layers.tiles).toBe(true);
  });

  it('follows the store when a layer is switched elsewhere', () => {
    renderWithStore(store, <LayerControl />);
    act(() => store.getState().setLayer('conflict', false));
    expect(screen.getByRole('checkbox', { name: 'Reported attacks' })).not.toBeChecked();
  });
});
