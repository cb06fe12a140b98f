// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../../src/data/checkDataset';
import { projectPropsSchema } from '../../../src/data/schema';
import { loadFixtureDataset, removeDataDirs } from './fixtureDataset';

afterAll(removeDataDirs);

const WHEAT = 'kazakh-wheat-exports-to-china-hit-record';
const TERMINAL_QUOTE = 'The grain terminal at Khorgos, which opened in March 2023';

function withTerminal(edit: (p: Record<string, unknown>) => void) {
  const data = loadFixtureDataset();
  const terminal = data.projects.features.find((f) => f.properties.id === 'khorgos-grain-terminal');
  if (!terminal) throw new Error('fixture project missing');
  edit(terminal.properties as unknown as Record<string, unknown>);
  return data;
}

describe('project facts in the validator', () => {
  it('accepts a dated, financed project and a dataset-sourced one', () => {
    const data = withTerminal((p) => {
      p.dates = {
        completed: { date: '2023-03', precision: 'month', source: { article: WHEAT, quote: TERMINAL_QUOTE } },
      };
      p.financiers = [
        {
          institution: 'China Development Bank',
          country: 'CHN',
          source: { dataset: 'AidData GCDF 3.0', record: '7' },
        },
      ];
    });
    const rail = data.projects.features[1];
    if (!rail) throw new Error('fixture project missing');
    rail.properties.source = { dataset: 'AidData GCDF 3.0', record: '42' };
    expect(checkDataset(data)).toEqual([]);
  });

  it('names file, record and field of each wrong fact', () => {
    const data = withTerminal((p) => {
      p.dates = {
        started: { date: '2024-05', precision: 'month', source: { article: WHEAT, quote: TERMINAL_QUOTE } },
        completed: {
          date: '2023',
          precision: 'month',
          source: { article: WHEAT, quote: 'not in the article' },
        },
      };
      p.financiers = [
        { institution: null, country: null, source: { dataset: 'AidData GCDF 3.0', record: '7' } },
        { institution: null, country: 'XXX', source: { dataset: 'AidData GCDF 3.0', record: '7' } },
      ];
    });
    const fields = checkDataset(data).map((p) => `${p.file} ${p.record} ${p.field}`);
    expect(fields.sort()).toEqual(
      expect.arrayContaining([
        'projects.geojson khorgos-grain-terminal financiers[0]',
        'projects.geojson khorgos-grain-terminal financiers[1].country',
        'projects.geojson khorgos-grain-terminal dates.started.date',
        'projects.geojson khorgos-grain-terminal dates.completed.date',
        'projects.geojson khorgos-grain-terminal dates.completed.source.quote',
      ]),
    );
    // completed "2023" at month precision, and completed before started: two findings on one field.
    expect(fields).toHaveLength(6);
  });

  it('allows an expected date after the article, and no other', () => {
    const later = { date: '2026', precision: 'year', source: { article: WHEAT, quote: TERMINAL_QUOTE } };
    expect(checkDataset(withTerminal((p) => (p.dates = { expected: later })))).toEqual([]);
    expect(checkDataset(withTerminal((p) => (p.dates = { announced: later }))).map((p) => p.field)).toEqual([
      'dates.announced.date',
    ]);
  });

  it('checks a figure that names a project: the project exists and the figure is money', () => {
    const data = loadFixtureDataset();
    const [money, people] = [data.figures.figures[0], data.figures.figures[1]];
    if (!money || !people) throw new Error('fixture figures missing');
    money.project = 'khorgos-grain-terminal';
    expect(checkDataset(data)).toEqual([]);
    money.project = 'no-such-project';
    people.project = 'khorgos-grain-terminal';
    expect(checkDataset(data).map((p) => `${p.record} ${p.field} ${p.message}`)).toEqual([
      `${money.id} project unknown project "no-such-project"`,
      `${people.id} project a population figure cannot be a project's cost; only money figures name a project`,
    ]);
  });

  it('refuses a dataset source with an empty record and a cost in another currency', () => {
    const base = loadFixtureDataset().projects.features[0]?.properties;
    const bad = (extra: object) => projectPropsSchema.safeParse({ ...base, ...extra }).success;
    expect(bad({ source: { dataset: 'AidData GCDF 3.0', record: '' } })).toBe(false);
    expect(
      bad({ cost: [{ value: 1, unit: 'EUR', basis: 'nominal', source: { dataset: 'A', record: '1' } }] }),
    ).toBe(false);
    expect(
      bad({ cost: [{ value: 1, unit: 'USD', basis: 'nominal', source: { dataset: 'A', record: '1' } }] }),
    ).toBe(true);
  });
});
