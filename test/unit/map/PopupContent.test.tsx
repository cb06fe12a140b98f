// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import { PopupContent } from '../../../src/map/leaflet/PopupContent';
import { type AppState, createAppStore } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';
import { loadSeedData } from './seed';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

beforeEach(() => {
  loadSeedData(store);
});

const feature = (kind: 'projects' | 'places', id: string) => {
  const file = store.getState().files[kind];
  if (file.status !== 'ready') throw new Error('seed not loaded');
  const found = file.data.features.find((f) => f.properties.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('PopupContent', () => {
  it('says what a project is, where it is known to be, and quotes its source with the article title', () => {
    renderWithStore(
      store,
      <PopupContent
        feature={feature('projects', 'china-tajikistan-highway')}
        kind="project"
        moveFocus={false}
      />,
    );
    expect(
      screen.getByRole('heading', { name: 'China–Tajikistan highway through the Pamirs' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Highway · Planned')).toBeInTheDocument();
    expect(screen.getByText('China, Tajikistan, Afghanistan')).toBeInTheDocument();
    expect(screen.getByText('Partner').nextElementSibling).toHaveTextContent('China');
    expect(screen.getByText(/^Approximate route: the line is a sketch\./)).toBeInTheDocument();
    expect(screen.getByText(/Curator's sketch from Kashgar over the Kulma pass/)).toBeInTheDocument();
    // Quote and title are each isolated in a <bdi>, so the marks around them are outside it.
    expect(document.querySelector('.popup-quote blockquote')).toHaveTextContent(
      '“the China-Tajikistan highway, which runs through the Pamir Mountains to Afghanistan”',
    );
    expect(document.querySelector('.popup-quote figcaption')).toHaveTextContent(
      "— China's Xi In Kazakhstan To Cement Central Asia Ties",
    );
  });

  it('opens the source sentence in the reader', async () => {
    renderWithStore(
      store,
      <PopupContent feature={feature('projects', 'khorgos-dry-port')} kind="project" moveFocus={false} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show source' }));
    const s = store.getState();
    expect(s.openArticle).toBe('chinas-xi-in-kazakhstan-to-cement-central-asia-ties');
    expect(s.sourceFocus).toEqual({ kind: 'project', id: 'khorgos-dry-port' });
  });

  it('never passes off a country-level location as a site', () => {
    renderWithStore(
      store,
      <PopupContent
        feature={feature('projects', 'kazakhstan-first-nuclear-plant')}
        kind="project"
        moveFocus={false}
      />,
    );
    expect(screen.getByText(/Location not stated — shown at country level\./)).toBeInTheDocument();
  });

  it('reports an attack on a place with the date it was reported', () => {
    renderWithStore(
      store,
      <PopupContent feature={feature('places', 'tehran')} kind="place" moveFocus={false} />,
    );
    expect(screen.getByText('Capital')).toBeInTheDocument();
    expect(screen.getByText(/Reported attack/).closest('p')).toHaveTextContent(
      'Reported attack (as of 17 June 2025): Israeli attacks targeting the city; residents fleeing.',
    );
  });

  it('takes focus when opened from the keyboard, and closes on Escape', async () => {
    store.getState().select({ kind: 'project', id: 'khorgos-dry-port' });
    renderWithStore(
      store,
      <PopupContent feature={feature('projects', 'khorgos-dry-port')} kind="project" moveFocus={true} />,
    );
    expect(screen.getByRole('heading', { name: 'Khorgos dry port' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(store.getState().selection).toBeNull();
  });
});
