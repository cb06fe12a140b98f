import { describe, expect, it } from 'vitest';
import type { Financier, ProjectFeature } from '../../../src/data/schema';
import { selectProjectCostFigures, selectUndatedProjectCount } from '../../../src/state/facetSelectors';
import { financierOptions, institutionKey, NO_FACETS, passesFacets } from '../../../src/state/projectFacets';
import { selectVisibleProjects } from '../../../src/state/selectors';
import { createAppStore } from '../../../src/state/store';
import { projectInRange } from '../../../src/state/timeRange';
import { parseUrl, serialiseUrl } from '../../../src/state/url';
import { seedFile, seedStore } from './seedStore';

const source = { dataset: 'AidData GCDF 3.0', record: '1' };
const bank = (institution: string | null, country: string | null): Financier => ({
  institution,
  country,
  source,
});

describe('project facets', () => {
  const seed = seedFile('projects').features;
  const railway = seed.find((f) => f.properties.kind === 'railway') as ProjectFeature;

  it('accept everything when empty, and combine facets with AND and values with OR', () => {
    const p = { ...railway.properties, financiers: [bank('Export-Import Bank of China', 'CHN')] };
    expect(passesFacets(p, NO_FACETS)).toBe(true);
    expect(passesFacets(p, { ...NO_FACETS, kinds: ['railway', 'highway'] })).toBe(true);
    expect(passesFacets(p, { ...NO_FACETS, kinds: ['railway'], statuses: ['operational'] })).toBe(false);
    expect(passesFacets(p, { ...NO_FACETS, financiers: ['export-import-bank-of-china'] })).toBe(true);
    expect(passesFacets(p, { ...NO_FACETS, financiers: ['CHN'] })).toBe(true);
    expect(passesFacets(p, { ...NO_FACETS, financiers: ['RUS'] })).toBe(false);
    // A project with no financier stated never matches a financier facet.
    expect(passesFacets(railway.properties, { ...NO_FACETS, financiers: ['CHN'] })).toBe(false);
  });

  it('offers each financier once, counted by projects, most first', () => {
    const one = {
      ...railway,
      properties: {
        ...railway.properties,
        financiers: [bank('Silk Road Fund', 'CHN'), bank('Silk Road Fund', null)],
      },
    };
    const two = {
      ...railway,
      properties: { ...railway.properties, id: 'b', financiers: [bank(null, 'RUS')] },
    };
    expect(financierOptions([one, two])).toEqual([
      { key: 'CHN', institution: null, count: 1 },
      { key: 'RUS', institution: null, count: 1 },
      { key: 'silk-road-fund', institution: 'Silk Road Fund', count: 1 },
    ]);
    expect(institutionKey('Industrial and Commercial Bank of China (ICBC)')).toBe(
      'industrial-and-commercial-bank-of-china-icbc',
    );
  });

  it('narrow the map’s projects after the country filter, and come back when cleared', () => {
    const store = createAppStore();
    seedStore(store);
    const all = selectVisibleProjects(store.getState()).length;
    store.getState().toggleFacet('statuses', 'planned');
    const planned = selectVisibleProjects(store.getState());
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.length).toBeLessThan(all);
    expect(planned.every((m) => m.record.properties.status === 'planned')).toBe(true);
    store.getState().setCountries(['TJK']);
    const both = selectVisibleProjects(store.getState());
    expect(both.map((m) => m.record.properties.id).sort()).toEqual([
      'china-tajikistan-highway',
      'tajikistan-rare-earths-contracts',
    ]);
    store.getState().clearFacets();
    store.getState().clearCountries();
    expect(selectVisibleProjects(store.getState())).toHaveLength(all);
  });

  it('index cost figures by the project they name', () => {
    const store = createAppStore();
    seedStore(store);
    const figures = seedFile('figures');
    const first = {
      ...(figures.figures[0] as (typeof figures.figures)[number]),
      project: 'khorgos-dry-port',
    };
    store.setState((s) => ({
      files: {
        ...s.files,
        figures: { status: 'ready', data: { figures: [first, ...figures.figures.slice(1)] } },
      },
    }));
    expect(selectProjectCostFigures(store.getState()).get('khorgos-dry-port')).toEqual([first]);
  });
});

describe('projects in the time range', () => {
  const dated = (dates: ProjectFeature['properties']['dates']): ProjectFeature => {
    const [first] = seedFile('projects').features;
    if (!first) throw new Error('no seed project');
    const { dates: _none, ...rest } = first.properties;
    return { ...first, properties: dates === undefined ? rest : { ...rest, dates } };
  };
  const year = (date: string) => ({ date, precision: 'year' as const, source });

  it('is in range while its dates overlap: from the first stated date to completion, open while not completed', () => {
    const built = dated({ started: year('2016'), completed: year('2019') });
    expect(projectInRange(built, { from: '2018', to: null })).toBe('in');
    expect(projectInRange(built, { from: '2020', to: null })).toBe('out');
    expect(projectInRange(built, { from: null, to: '2015-12' })).toBe('out');
    const building = dated({
      announced: year('2014'),
      started: { date: '2016-03', precision: 'month', source },
    });
    expect(projectInRange(building, { from: '2024', to: '2025' })).toBe('in');
    expect(projectInRange(building, { from: '2010', to: '2013' })).toBe('out');
    expect(projectInRange(dated(undefined), { from: '2020', to: null })).toBe('undated');
    expect(projectInRange(dated({}), { from: '2020', to: null })).toBe('undated');
  });

  it('narrows the visible projects, keeping those without dates', () => {
    const store = createAppStore();
    seedStore(store);
    const all = selectVisibleProjects(store.getState()).length;
    store.setState({ range: { from: '2030', to: null } });
    // The seed's projects state no dates: none is hidden, each is counted as undated.
    expect(selectVisibleProjects(store.getState())).toHaveLength(all);
    expect(selectUndatedProjectCount(store.getState())).toBe(all);
  });
});

describe('facets in the link', () => {
  it('round-trip, with statuses hyphenated', () => {
    const facets = {
      statuses: ['under construction' as const],
      kinds: ['railway' as const],
      financiers: ['CHN', 'china-development-bank'],
    };
    const search = serialiseUrl({ ...parseUrl('').state, facets });
    expect(search).toBe('?status=under-construction&kind=railway&financier=CHN,china-development-bank');
    expect(parseUrl(search)).toEqual({ state: { ...parseUrl('').state, facets }, dropped: [] });
  });

  it('drop values the map does not offer, with one notice, and keep the rest', () => {
    const parsed = parseUrl('?status=planned,finished&kind=__proto__&financier=%3Cscript%3E');
    expect(parsed.state.facets).toEqual({ statuses: ['planned'], kinds: [], financiers: [] });
    expect(parsed.dropped).toEqual([
      expect.stringMatching(/^3 project filter values in the link are not ones the map offers/),
    ]);
  });
});
