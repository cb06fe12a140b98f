// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import { CountryFilter } from '../../../src/filter/CountryFilter';
import { type AppState, createAppStore } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';
import { putFile } from '../state/seedStore';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

describe('the country filter without countries.json', () => {
  it('says why it cannot be used, rather than only greying out', () => {
    putFile(store, 'countries', {
      status: 'error',
      problems: [
        { level: 'error', file: 'countries.json', record: null, field: null, message: 'the file is empty' },
      ],
    });
    renderWithStore(store, <CountryFilter />);
    const toggle = screen.getByRole('button', { name: /Filter by country/ });
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAccessibleDescription('The country list could not be loaded.');
  });
});
