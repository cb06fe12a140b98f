// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoreApi } from 'zustand';
import { MapFocusContext } from '../../../src/map/mapFocus';
import { ProjectList } from '../../../src/map/ProjectList';
import { type AppState, createAppStore } from '../../../src/state/store';
import { renderWithStore } from '../renderWithStore';
import { putFile } from '../state/seedStore';
import { loadSeedData } from './seed';

// Each test's own store, fresh for every test.
let store: StoreApi<AppState>;
beforeEach(() => {
  store = createAppStore();
});

function renderList(focusOn = vi.fn()) {
  renderWithStore(
    store,
    <MapFocusContext.Provider value={{ request: null, focusOn, settle: () => {} }}>
      <ProjectList />
    </MapFocusContext.Provider>,
  );
  return { focusOn, region: screen.getByRole('region', { name: 'Projects' }) };
}

describe('ProjectList', () => {
  it('says it is loading until the projects arrive', () => {
    renderList();
    expect(screen.getByText('Loading projects…')).toBeInTheDocument();
  });

  it('lists every project, each a button naming its kind, status and precision', () => {
    loadSeedData(store);
    const { region } = renderList();
    expect(within(region).getByText('9 projects')).toBeInTheDocument();
    const rows = within(region).getAllByRole('button');
    expect(rows).toHaveLength(9);
    const railway = within(region).getByRole('button', { name: /^Uzbekistan–Kyrgyzstan–China railway/ });
    expect(railway).toHaveTextContent('Railway · Planned · approximate route');
    expect(railway).toHaveTextContent('Uzbekistan, Kyrgyzstan, China');
    expect(within(region).getByRole('button', { name: /^Kazakhstan's first nuclear/ })).toHaveTextContent(
      'location not stated',
    );
  });

  it('selects a project on activation, asks the map to show it, and marks the row', async () => {
    loadSeedData(store);
    const { region, focusOn } = renderList();
    const row = within(region).getByRole('button', { name: /^Khorgos dry port/ });
    expect(row).not.toHaveAttribute('aria-current');
    await userEvent.click(row);
    expect(store.getState().selection).toEqual({ kind: 'project', id: 'khorgos-dry-port' });
    expect(focusOn).toHaveBeenCalledWith({ kind: 'project', id: 'khorgos-dry-port' }, false);
    expect(row).toHaveAttribute('aria-current', 'true');
  });

  it('moves focus to the popup when activated from the keyboard', async () => {
    loadSeedData(store);
    const { region, focusOn } = renderList();
    within(region)
      .getByRole('button', { name: /^Khorgos dry port/ })
      .focus();
    await userEvent.keyboard('{Enter}');
    expect(focusOn).toHaveBeenCalledWith({ kind: 'project', id: 'khorgos-dry-port' }, true);
  });

  it('marks a project selected elsewhere (on the map)', () => {
    loadSeedData(store);
    const { region } = renderList();
    act(() => store.getState().select({ kind: 'project', id: 'caspian-transport-corridor' }));
    expect(within(region).getByRole('button', { name: /^Transport corridor/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('follows the map’s view, keeps the selected project from outside it, and counts only those in view', () => {
    loadSeedData(store);
    const { region } = renderList();
    act(() => {
      store.getState().setMapBounds([70, 36, 81, 45]);
      store.getState().select({ kind: 'project', id: 'turkmenistan-gas-contracts' });
    });
    // Five in the view (west 70° to east 81°), and the selected contract in Turkmenistan, at 59°.
    expect(within(region).getAllByRole('button')).toHaveLength(6);
    expect(within(region).getByText(/^5 in the map’s view; the list follows the map\./)).toBeInTheDocument();
    act(() => store.getState().select(null));
    expect(within(region).getAllByRole('button')).toHaveLength(5);
    expect(within(region).getByText(/^5 in the map’s view/)).toBeInTheDocument();
  });

  it('filters like the map, and labels projects matched only through a group', () => {
    loadSeedData(store);
    const { region } = renderList();
    act(() => store.getState().setCountries(['TJK']));
    expect(within(region).getByText('2 of 9 projects match the country filter')).toBeInTheDocument();
    expect(within(region).getAllByRole('button')).toHaveLength(2);
    expect(within(region).queryByText('Regional')).toBeNull();

    // A project naming the Central Asia group shows for a member, labelled as regional.
    const projects = store.getState().files.projects;
    if (projects.status !== 'ready') throw new Error('seed not loaded');
    const [first, ...rest] = projects.data.features;
    if (!first) throw new Error('no project');
    const regional = {
      ...first,
      properties: { ...first.properties, id: 'regional-one', countries: ['CAS'], partners: [] },
    };
    act(() =>
      putFile(store, 'projects', {
        status: 'ready',
        data: { ...projects.data, features: [regional, ...rest] },
      }),
    );
    const row = within(region).getByRole('button', { name: new RegExp(`^${first.properties.name}`) });
    expect(within(row).getByText('Regional')).toBeInTheDocument();
  });
});

/** The seed with its projects replaced by `count` copies of one, "Site 0" to "Site count-1"; gives that project. */
function loadSites(count: number) {
  loadSeedData(store);
  const projects = store.getState().files.projects;
  if (projects.status !== 'ready') throw new Error('seed not loaded');
  const template = projects.data.features[2];
  if (!template) throw new Error('no project');
  const many = Array.from({ length: count }, (_, i) => ({
    ...template,
    properties: { ...template.properties, id: `site-${i}`, name: `Site ${i}` },
  }));
  act(() => putFile(store, 'projects', { status: 'ready', data: { ...projects.data, features: many } }));
  return template;
}

describe('ProjectList at scale', () => {
  it('shows twenty rows at a time, plus the selected one, and more on request', () => {
    loadSites(120);
    act(() => store.getState().select({ kind: 'project', id: 'site-110' }));
    const { region } = renderList();
    // Role queries over a hundred rows cost seconds each in jsdom: the rows are read from the one
    // list by tag, the buttons by their text; the role tests above cover how they are exposed.
    const list = region.querySelector('ul');
    if (list === null) throw new Error('no list');
    const rows = () => list.querySelectorAll(':scope > li');
    expect(within(region).getByText('120 projects')).toBeInTheDocument();
    expect(rows()).toHaveLength(21);
    expect(rows()[20]?.querySelector('button')).toHaveAttribute('aria-current', 'true');
    expect(rows()[20]).toHaveTextContent(/^Site 110/);
    fireEvent.click(within(region).getByText('Show 20 more (99 not shown)'));
    // Rows 0–39, and the selected 110 still shown after them.
    expect(rows()).toHaveLength(41);
    expect(rows()[39]).toHaveTextContent(/^Site 39/);
    expect(within(region).getByText('Show 20 more (79 not shown)')).toBeInTheDocument();
  });

  it('draws a new list’s first rows with the filter change, and the rest of its page after the next paint', async () => {
    const template = loadSites(120);
    const { region } = renderList();
    const list = region.querySelector('ul');
    if (list === null) throw new Error('no list');
    const rows = () => list.querySelectorAll(':scope > li');
    await act(() => new Promise((done) => setTimeout(done, 50)));
    expect(rows()).toHaveLength(20);
    const country = template.properties.countries[0];
    if (country === undefined) throw new Error('no country');
    act(() => store.getState().setCountries([country]));
    expect(within(region).getByText(/^120 of 120 projects match/)).toBeInTheDocument();
    expect(rows()).toHaveLength(12);
    expect(rows()[0]).toHaveTextContent(/^Site 0/);
    await act(() => new Promise((done) => setTimeout(done, 50)));
    expect(rows()).toHaveLength(20);
    expect(rows()[19]).toHaveTextContent(/^Site 19/);
  });
});
