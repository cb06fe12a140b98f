import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LayerControl } from '../../../src/map/LayerControl';
import { appStore } from '../../../src/state/store';

describe('LayerControl', () => {
  it('shows the layers as checkboxes bound to the store, online tiles off by default', async () => {
    render(<LayerControl />);
    const group = screen.getByRole('group', { name: 'Map layers' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Projects' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Places' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Reported attacks' })).toBeChecked();
    const tiles = screen.getByRole('checkbox', { name: 'Online map tiles' });
    expect(tiles).not.toBeChecked();
    expect(tiles).toHaveAccessibleDescription('(loads images from tile.openstreetmap.org)');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Projects' }));
    expect(appStore.getState().layers.projects).toBe(false);
    await userEvent.click(tiles);
    expect(appStore.getState().layers.tiles).toBe(true);
  });

  it('follows the store when a layer is switched elsewhere', () => {
    render(<LayerControl />);
    act(() => appStore.getState().setLayer('conflict', false));
    expect(screen.getByRole('checkbox', { name: 'Reported attacks' })).not.toBeChecked();
  });
});
