import { useEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../../data/checkDataset';
import { DATA_FILES, fileOfKind } from '../../data/dataFileTable';
import type { Problem } from '../../data/problem';
import { AddCountry } from '../countries/AddCountry';
import { type IsoCountry, isoCountry } from '../countries/isoTable';
import { checkChange } from '../model/recordFiles';
import type { OpenForm } from '../workbenchStore';
import type { CodeOption } from './CodeCombobox';
import { ConflictList } from './ConflictList';
import { Field } from './Field';
import { FIELD_SPECS, fieldOfProblem } from './fieldSpecs';
import { toRecord } from './formValues';

interface Props {
  form: OpenForm;
  /** The folder as loaded; null while loading, when the form checks only on save. */
  dataset: Dataset | null;
  codeOptions: readonly CodeOption[];
  onEdit: (name: string, value: string) => void;
  onTouch: (name: string) => void;
  onSave: () => void;
  /** Save was pressed: every problem shows from now on. */
  onTrySave: () => void;
  onRemove: () => void;
  onCancel: () => void;
  onResolve: (field: string, take: 'mine' | 'theirs') => void;
  onAddCountry: (code: string, region: string) => Promise<void>;
  busy: boolean;
}

const TITLES = { figure: 'figure', event: 'event', project: 'project', place: 'place' } as const;

/** Codes the form names that the ISO table knows and countries.json does not hold yet. */
function missingCountries(form: OpenForm, options: readonly CodeOption[]): IsoCountry[] {
  const known = new Set(options.filter((o) => o.known).map((o) => o.code));
  const typed = FIELD_SPECS[form.kind]
    .filter((s) => s.control === 'code' || s.control === 'codes')
    .flatMap((s) => (form.values[s.name] ?? '').split(/[\s,;]+/))
    .map((c) => c.trim().toUpperCase());
  const codes = [...new Set(typed)].filter((c) => c !== '' && !known.has(c));
  return codes.map(isoCountry).filter((c): c is IsoCountry => c !== undefined);
}

/** The record being made or changed, checked as it is typed with the validator's own checks. */
export function RecordForm(props: Props) {
  const { form, dataset, codeOptions, onEdit, onTouch, onSave, onRemove, onCancel, busy } = props;
  // Checked against the data as loaded now: when countries.json changes, the form checks again.
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
  // Problems show at a field once the curator has left it, and everywhere once Save is tried.
  const shown = (name: string | null) => form.saveTried || (name !== null && form.touched.includes(name));
  const atField = (name: string) =>
    shown(name) ? problems.filter((p) => fieldOfProblem(form.kind, p.field) === name) : [];
  const elsewhere = form.saveTried ? problems.filter((p) => fieldOfProblem(form.kind, p.field) === null) : [];
  const errors = problems.filter((p) => p.level === 'error').length;
  const missing = missingCountries(form, codeOptions);
  const title =
    form.originalId === null ? `New ${TITLES[form.kind]}` : `Edit ${TITLES[form.kind]} ${form.originalId}`;
  const labelOf = (field: string) => specs.find((s) => s.name === field)?.label ?? field;

  return (
    <form
      className="wb-form"
      aria-labelledby="wb-form-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onTrySave();
        if (errors === 0) onSave();
        else e.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      }}
    >
      <h3 id="wb-form-heading" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p className="wb-help">
        Saved to {DATA_FILES[fileOfKind(form.kind)].file}, from the article “{form.article}”.
      </p>
      {form.refused !== null && (
        <p className="wb-error" role="alert">
          {form.refused.message}
        </p>
      )}
      <ConflictList conflicts={form.conflicts} labelOf={labelOf} onResolve={props.onResolve} />
      {missing.map((country) => (
        <AddCountry key={country.code} country={country} onAdd={props.onAddCountry} />
      ))}
      {specs.map((spec) => (
        <Field
          key={spec.name}
          spec={spec}
          idPrefix="wb-field"
          value={form.values[spec.name] ?? ''}
          guessed={form.guessed.includes(spec.name)}
          problems={atField(spec.name)}
          codeOptions={codeOptions}
          onChange={(v) => onEdit(spec.name, v)}
          onBlur={() => onTouch(spec.name)}
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
        {form.conflicts.length > 0
          ? 'Choose a value for each field changed elsewhere, then save.'
          : !form.saveTried || errors === 0
            ? ''
            : `${errors} problem${errors === 1 ? '' : 's'} to fix before saving.`}
      </p>
      <div className="wb-actions">
        <button type="submit" className="wb-primary" disabled={busy || form.conflicts.length > 0}>
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
