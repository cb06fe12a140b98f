// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useDataset } from '../../../src/curate/useDataset';
import { selectDataset } from '../../../src/state/records';
import { createAppStore, StoreProvider } from '../../../src/state/store';
import { seedFile, seedStore } from '../state/seedStore';

// After a save the data reloads and the bodies come in again: the read view (and its open form)
// must not be unmounted meanwhile, or the curator's focus and open combobox are lost.

function Figures() {
  const dataset = useDataset();
  return <p>{dataset === null ? 'loading' : `${dataset.figures.figures.length} figures`}</p>;
}

describe('useDataset', () => {
  it('is null before the first load, then keeps the last whole dataset while the bodies reload', () => {
    const store = createAppStore();
    render(
      <StoreProvider store={store}>
        <Figures />
      </StoreProvider>,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    act(() => seedStore(store));
    const count = `${seedFile('figures').figures.length} figures`;
    expect(screen.getByText(count)).toBeTruthy();
    // A reload: the chunks are forgotten and fetched again (here they never come back).
    act(() => store.getState().setBodySource(() => new Promise(() => {})));
    expect(selectDataset(store.getState())).toBeNull();
    expect(screen.getByText(count)).toBeTruthy();
  });
});
