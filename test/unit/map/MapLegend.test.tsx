// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import { MapLegend } from '../../../src/map/MapLegend';
import { type AppState, createAppStore } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';
import { loadSeedData } from './seed';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

describe('MapLegend', () => {
  it('explains the kinds, statuses, precisions and place kinds the data uses, and no others', () => {
    loadSeedData(store);
    renderWithStore(store, <MapLegend />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    for (const text of [
      'Railway',
      'Highway',
      'Transport corridor',
      'Dry port',
      'Nuclear power plant',
      'Energy',
      'Mining',
    ])
      expect(within(legend).getByText(text)).toBeInTheDocument();
    for (const text of ['Planned', 'Under construction', 'Operational'])
      expect(within(legend).getByText(text)).toBeInTheDocument();
    expect(within(legend).getByText(/Location not stated — shown at country level/)).toBeInTheDocument();
    expect(within(legend).getByText(/Approximate: a sketch/)).toBeInTheDocument();
    expect(within(legend).getByText('Border crossing')).toBeInTheDocument();
    expect(within(legend).queryByText('City')).toBeNull();
    expect(within(legend).getByText(/under attack, labelled with the date/)).toBeInTheDocument();
  });

  it('says how countries are shaded, with classes from the article counts, and what lies off the map', () => {
    loadSeedData(store);
    renderWithStore(store, <MapLegend />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(within(legend).getByText(/Shaded by how often the articles name them/)).toBeInTheDocument();
    expect(within(legend).getByText('Not mentioned')).toBeInTheDocument();
    expect(within(legend).getAllByText(/^\d+(–\d+)? mentions?$/)).toHaveLength(4);
    expect(within(legend).getByText(/In the country filter/)).toBeInTheDocument();
    const note = within(legend).getByText('Off this map:').parentElement;
    // Each name from the data sits in a bidi isolate (U+2068 … U+2069), so a control inside one
    // cannot reorder the text around it.
    const text = (note?.textContent ?? '').replace(/[\u2068\u2069]/g, '');
    expect(text).toContain('Washington (capital, United States)');
    expect(text).toMatch(/Also mentioned: United States \(\d+\), Canada \(4\), South Africa \(1\)\./);
    expect(note?.textContent).toContain('\u2068Washington\u2069 (capital, \u2068United States\u2069)');
  });
});
