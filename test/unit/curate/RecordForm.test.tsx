// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { codeOptions } from '../../../src/curate/countries/codeOptions';
import { fromRecord } from '../../../src/curate/form/formValues';
import { RecordForm } from '../../../src/curate/form/RecordForm';
import { type FormStart, useWorkbench, workbenchStore } from '../../../src/curate/workbenchStore';
import type { Dataset } from '../../../src/data/checkDataset';
import { fixtureDataset, WORKERS } from './fixtures';

// The form against the workbench's own store, as the read view wires it.

const dataset: Dataset = fixtureDataset();
const taken = new Set(dataset.figures.figures.map((f) => f.id));

function Harness({
  onSave,
  onAdd,
}: {
  onSave: () => void;
  onAdd?: (code: string, region: string) => Promise<void>;
}) {
  const form = useWorkbench((s) => s.form);
  const options = useMemo(() => codeOptions(dataset.countries), []);
  const wb = workbenchStore.getState();
  if (form === null) return null;
  return (
    <RecordForm
      form={form}
      dataset={dataset}
      codeOptions={options}
      busy={false}
      onEdit={(name, value) => wb.editField(name, value, taken)}
      onTouch={(name) => wb.touchField(name)}
      onTrySave={() => wb.trySave()}
      onResolve={(field, take) => wb.resolveConflict(field, take)}
      onAddCountry={onAdd ?? (async () => {})}
      onSave={onSave}
      onRemove={() => {}}
      onCancel={() => {}}
    />
  );
}

const workers = (): FormStart => ({
  kind: 'figure',
  originalId: null,
  article: WORKERS.source.article,
  ...fromRecord('figure', WORKERS),
  guessed: ['subject', 'label'],
});

beforeEach(() => workbenchStore.getState().openForm(workers()));

describe('RecordForm', () => {
  it('marks the fields the extractor guessed until the curator edits them', async () => {
    render(<Harness onSave={() => {}} />);
    expect(screen.getByRole('combobox', { name: /^Subject guessed: check it/ })).toHaveValue('KAZ');
    await userEvent.type(screen.getByRole('textbox', { name: /^Label/ }), '!');
    expect(screen.getByRole('textbox', { name: /^Label/ })).not.toHaveAccessibleName(/guessed/);
    expect(screen.getByRole('combobox', { name: /^Subject/ })).toHaveAccessibleName(/guessed/);
  });

  it('shows no error on a blank form until a field is left, or Save is pressed', async () => {
    workbenchStore.getState().openForm({ ...workers(), values: { kind: 'trade', unit: 'USD' }, guessed: [] });
    const onSave = vi.fn();
    render(<Harness onSave={onSave} />);
    expect(screen.queryByText(/Error:/)).toBeNull();
    const label = screen.getByRole('textbox', { name: /^Label/ });
    await userEvent.click(label);
    await userEvent.tab();
    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^Quote/ })).not.toHaveAttribute('aria-invalid');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: /^Quote/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/problems? to fix before saving/)).toBeInTheDocument();
    // Each problem says what to do, not the schema's wording.
    expect(screen.queryByText(/Too small|received null/)).toBeNull();
    expect(screen.getAllByText('Error: Required: fill this in.').length).toBeGreaterThan(0);
    expect(screen.getByText('Error: Required: write the number.')).toBeInTheDocument();
  });

  it('checks as the curator types, once a field is left, and shows the problem at its field', async () => {
    render(<Harness onSave={() => {}} />);
    const quote = screen.getByRole('textbox', { name: /^Quote/ });
    await userEvent.clear(quote);
    await userEvent.type(quote, 'employs twelve thousand workers');
    await userEvent.tab();
    expect(quote).toHaveAttribute('aria-invalid', 'true');
    expect(quote).toHaveAccessibleDescription(/quote not found verbatim in article/);
  });

  it('offers countries by name in the subject combobox, name beside code', async () => {
    render(<Harness onSave={() => {}} />);
    const subject = screen.getByRole('combobox', { name: /^Subject/ });
    await userEvent.clear(subject);
    await userEvent.type(subject, 'Uzbek');
    expect(subject).toHaveAttribute('aria-expanded', 'true');
    const option = screen.getByRole('option', { name: /Uzbekistan UZB/ });
    expect(option).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    expect(subject).toHaveValue('UZB');
    expect(subject).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Uzbekistan')).toBeInTheDocument();
  });

  it('lets the id follow kind and subject, numbered from 1, until the curator edits it', async () => {
    render(<Harness onSave={() => {}} />);
    const id = screen.getByRole('textbox', { name: /^Id/ });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Kind/ }), 'investment');
    expect(id).toHaveValue(
      `${WORKERS.source.article}-investment-kaz-1`.replace(/^(.{60}).*?-investment/, '$1-investment'),
    );
    await userEvent.clear(id);
    await userEvent.type(id, 'my-own-id');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Kind/ }), 'trade');
    expect(id).toHaveValue('my-own-id');
  });

  it('says what to do about an unknown code', async () => {
    render(<Harness onSave={() => {}} />);
    const subject = screen.getByRole('combobox', { name: /^Subject/ });
    await userEvent.clear(subject);
    await userEvent.type(subject, 'XQZ');
    await userEvent.tab();
    expect(subject).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText(/unknown country or group code "XQZ": type a country's name and pick it/),
    ).toBeInTheDocument();
  });

  it('offers to add a country the ISO table knows and countries.json lacks', async () => {
    const onAdd = vi.fn(async () => {});
    render(<Harness onSave={() => {}} onAdd={onAdd} />);
    const subject = screen.getByRole('combobox', { name: /^Subject/ });
    await userEvent.clear(subject);
    await userEvent.type(subject, 'Armenia');
    expect(screen.getByRole('option', { name: /^Armenia ARM/ })).toHaveTextContent(
      /not yet in countries.json/,
    );
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Region of Armenia' })).toHaveValue('caucasus');
    await userEvent.click(screen.getByRole('button', { name: 'Add Armenia to countries.json' }));
    expect(onAdd).toHaveBeenCalledWith('ARM', 'caucasus');
  });

  it('merges a stale form field by field and asks about a field changed on both sides', async () => {
    render(<Harness onSave={() => {}} />);
    await userEvent.type(screen.getByRole('textbox', { name: /^Label/ }), ' (mine)');
    await userEvent.type(screen.getByRole('textbox', { name: /^Note/ }), 'my note');
    const theirs = { ...workers().values, label: 'Their label', reportedBy: 'the ministry' };
    workbenchStore.getState().mergeStale(theirs, 'h2');
    expect(await screen.findByRole('textbox', { name: /^Reported by/ })).toHaveValue('the ministry');
    expect(screen.getByRole('textbox', { name: /^Note/ })).toHaveValue('my note');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: /^Take the file’s\s*for Label/ }));
    expect(screen.getByRole('textbox', { name: /^Label/ })).toHaveValue('Their label');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('explains precision and geometry source on a project and reports an empty route at the points', async () => {
    workbenchStore.getState().openForm({
      kind: 'project',
      originalId: null,
      article: WORKERS.source.article,
      values: {
        id: 'khorgos-terminal-sketch',
        name: 'Khorgos grain terminal',
        kind: 'dry-port',
        status: 'operational',
        precision: 'approximate',
        geometrySource: 'Sketched from the article',
        countries: 'KAZ',
        quote: 'The grain terminal at Khorgos',
      },
      extra: {},
      guessed: [],
    });
    render(<Harness onSave={() => {}} />);
    expect(screen.getByRole('combobox', { name: 'Precision' })).toHaveAccessibleDescription(
      /exact .* approximate .* country-level/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('textbox', { name: /^Points/ })).toHaveAccessibleDescription(
      /the route is empty/,
    );
  });
});
