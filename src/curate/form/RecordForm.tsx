import { useEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../../data/checkDataset';
import { DATA_FILES, fileOfKind } from '../../data/dataFileTable';
import type { Problem } from '../../data/problem';
import { checkChange } from '../model/recordFiles';
import type { OpenForm } from '../workbenchStore';
import { Field } from './Field';
import { FIELD_SPECS, fieldOfProblem } from './fieldSpecs';
import { toRecord } from './formValues';

interface Props {
  form: OpenForm;
  /** The folder as loaded; null while loading, when the form checks only on save. */
  dataset: Dataset | null;
  onEdit: (name: string, value: string) => void;
  onSave: () => void;
  onRemove: () => void;
  onCancel: () => void;
  onRebase: () => void;
  busy: boolean;
}

const TITLES = { figure: 'figure', event: 'event', project: 'project', place: 'place' } as const;

/** The record being made or changed, checked as it is typed with the validator's own checks. */
export function RecordForm({ form, dataset, onEdit, onSave, onRemove, onCancel, onRebase, busy }: Props) {
  const live = useMemo<Problem[]>(() => {
    if (dataset === null) return [];
    const record = toRecord(form.kind, form.values, form.article, form.extra);
    try {
      return checkChange(dataset, { kind: form.kind, originalId: form.originalId, record }).problems;
    } catch {
      return [];
    }
  }, [dataset, form.kind, form.values, form.article, form.extra, form.originalId]);
  const problems = form.refused !== null && form.refused.problems.length > 0 ? form.refused.problems : live;
  // A form opened from the candidate list or an "Edit" takes the focus, so the keyboard follows.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (form.opened > 0) heading.current?.focus();
  }, [form.opened]);
  const specs = FIELD_SPECS[form.kind];
  const atField = (name: string) => problems.filter((p) => fieldOfProblem(form.kind, p.field) === name);
  const elsewhere = problems.filter((p) => fieldOfProblem(form.kind, p.field) === null);
  const errors = problems.filter((p) => p.level === 'error').length;
  const title =
    form.originalId === null ? `New ${TITLES[form.kind]}` : `Edit ${TITLES[form.kind]} ${form.originalId}`;

  return (
    <form
      className="wb-form"
      aria-labelledby="wb-form-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <h3 id="wb-form-heading" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p className="wb-help">
        Saved to {DATA_FILES[fileOfKind(form.kind)].file}, from the article “{form.article}”.
      </p>
      {form.refused !== null && (
        <div className="wb-error" role="alert">
          <p>{form.refused.message}</p>
          {form.refused.problems.length === 0 && (
            <button type="button" onClick={onRebase}>
              Use the current file and keep my entries
            </button>
          )}
        </div>
      )}
      {specs.map((spec) => (
        <Field
          key={spec.name}
          spec={spec}
          idPrefix="wb-field"
          value={form.values[spec.name] ?? ''}
          guessed={form.guessed.includes(spec.name)}
          problems={atField(spec.name)}
          onChange={(v) => onEdit(spec.name, v)}
        />
      ))}
      {elsewhere.length > 0 && (
        <ul className="wb-problems" aria-label="Other problems">
          {elsewhere.map((p) => (
            <li key={`${p.field}:${p.message}`}>
              {p.field ?? p.file}: {p.message}
            </li>
          ))}
        </ul>
      )}
      <p className="wb-help" aria-live="polite">
        {errors === 0
          ? 'No problems found.'
          : `${errors} problem${errors === 1 ? '' : 's'} to fix before saving.`}
      </p>
      <div className="wb-actions">
        <button type="submit" className="wb-primary" disabled={busy || errors > 0}>
          Save
        </button>
        {form.originalId !== null && (
          <button type="button" onClick={onRemove} disabled={busy}>
            Remove {TITLES[form.kind]}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
