// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fromRecord } from '../../../src/curate/form/formValues';
import { RecordForm } from '../../../src/curate/form/RecordForm';
import type { OpenForm } from '../../../src/curate/workbenchStore';
import type { Dataset } from '../../../src/data/checkDataset';
import { fixtureDataset, WORKERS } from './fixtures';

const dataset: Dataset = fixtureDataset();

function Harness({ start, onSave }: { start: OpenForm; onSave: (form: OpenForm) => void }) {
  const [form, setForm] = useState(start);
  return (
    <RecordForm
      form={form}
      dataset={dataset}
      busy={false}
      onEdit={(name, value) =>
        setForm((f) => ({
          ...f,
          values: { ...f.values, [name]: value },
          guessed: f.guessed.filter((g) => g !== name),
        }))
      }
      onSave={() => onSave(form)}
      onRemove={() => {}}
      onCancel={() => {}}
      onRebase={() => {}}
    />
  );
}

const newWorkers = (): OpenForm => ({
  kind: 'figure',
  originalId: null,
  article: WORKERS.source.article,
  ...fromRecord('figure', WORKERS),
  guessed: ['subject', 'label'],
  baseHash: 'h',
  refused: null,
  opened: 0,
});

describe('RecordForm', () => {
  it('marks the fields the extractor guessed until the curator edits them', async () => {
    render(<Harness start={newWorkers()} onSave={() => {}} />);
    expect(screen.getByRole('textbox', { name: /^Subject guessed: check it/ })).toHaveValue('KAZ');
    expect(screen.getByRole('textbox', { name: /^Label guessed: check it/ })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /^Label/ }), '!');
    expect(screen.getByRole('textbox', { name: /^Label/ })).not.toHaveAccessibleName(/guessed/);
    expect(screen.getByRole('textbox', { name: /^Subject/ })).toHaveAccessibleName(/guessed/);
  });

  it('checks as the curator types and shows each problem at its field', async () => {
    const onSave = vi.fn();
    render(<Harness start={newWorkers()} onSave={onSave} />);
    expect(screen.getByText('No problems found.')).toBeInTheDocument();
    const quote = screen.getByRole('textbox', { name: /^Quote/ });
    await userEvent.clear(quote);
    await userEvent.type(quote, 'employs twelve thousand workers');
    expect(quote).toHaveAttribute('aria-invalid', 'true');
    expect(quote).toHaveAccessibleDescription(/quote not found verbatim in article/);
    const subject = screen.getByRole('textbox', { name: /^Subject/ });
    await userEvent.clear(subject);
    await userEvent.type(subject, 'XKZ');
    expect(subject).toHaveAccessibleDescription(/unknown country or group code "XKZ"/);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves once the record validates', async () => {
    const onSave = vi.fn();
    render(<Harness start={newWorkers()} onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0].values.value).toBe('12500');
  });

  it('explains precision and geometry source on a project and reports an empty route at the points', () => {
    const start: OpenForm = {
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
      baseHash: 'h',
      refused: null,
      opened: 0,
    };
    render(<Harness start={start} onSave={() => {}} />);
    expect(screen.getByRole('combobox', { name: 'Precision' })).toHaveAccessibleDescription(
      /exact .* approximate .* country-level/,
    );
    expect(screen.getByRole('textbox', { name: 'Geometry source' })).toHaveAccessibleDescription(
      /articles give none/,
    );
    expect(screen.getByRole('textbox', { name: /^Points/ })).toHaveAccessibleDescription(
      /the route is empty/,
    );
  });

  it('shows a stale refusal with a way to keep the entries', () => {
    const start = {
      ...newWorkers(),
      refused: { message: 'figures.json has changed since this form was opened', problems: [] },
    };
    render(<Harness start={start} onSave={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/has changed since this form was opened/);
    expect(
      screen.getByRole('button', { name: 'Use the current file and keep my entries' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Label/ })).toHaveValue(WORKERS.label);
  });
});
