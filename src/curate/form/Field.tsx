import type { Problem } from '../../data/problem';
import { CodeCombobox, type CodeOption } from './CodeCombobox';
import type { FieldSpec } from './fieldSpecs';

interface Props {
  spec: FieldSpec;
  value: string;
  guessed: boolean;
  problems: readonly Problem[];
  onChange: (value: string) => void;
  /** The curator left the field: its problems show from now on. */
  onBlur: () => void;
  idPrefix: string;
  codeOptions: readonly CodeOption[];
}

/** The checks' wording for an empty field or an unknown code, said as what to do. */
function said(message: string): string {
  if (/^Too small: expected string to have >=1 characters?$/.test(message)) return 'Required: fill this in.';
  if (/^Invalid input: expected number, received null$/.test(message)) return 'Required: write the number.';
  if (/^unknown country or group code "[^"]*"$/.test(message))
    return `${message}: type a country's name and pick it from the list (one not yet in countries.json can then be added)`;
  return message;
}

/** The names of the codes typed, so a code is never shown alone. */
function codeNames(value: string, options: readonly CodeOption[]): string {
  return value
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((code) => options.find((o) => o.code === code.toUpperCase())?.name ?? `${code}: no such country`)
    .join(', ');
}

/** One labelled control with its guess mark, its help and the problems found at it. */
export function Field({ spec, value, guessed, problems, onChange, onBlur, idPrefix, codeOptions }: Props) {
  const id = `${idPrefix}-${spec.name}`;
  const helpId = `${id}-help`;
  const problemsId = `${id}-problems`;
  const describedBy = [spec.help ? helpId : null, problems.length > 0 ? problemsId : null].filter(Boolean);
  const common = {
    id,
    'aria-invalid': problems.some((p) => p.level === 'error') || undefined,
    'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
    onBlur,
  };
  const label = (
    <label htmlFor={id}>
      {spec.label}
      {spec.optional && <span className="wb-optional"> (optional)</span>}
      {guessed && (
        <>
          {' '}
          <span className="wb-guess">guessed: check it</span>
        </>
      )}
    </label>
  );
  let control: React.ReactNode;
  if (spec.control === 'code' || spec.control === 'codes')
    control = (
      <>
        <CodeCombobox
          id={id}
          value={value}
          multiple={spec.control === 'codes'}
          options={codeOptions}
          onChange={onChange}
          onBlur={onBlur}
          describedBy={common['aria-describedby']}
          invalid={common['aria-invalid']}
        />
        {value.trim() !== '' && <span className="wb-code-names">{codeNames(value, codeOptions)}</span>}
      </>
    );
  else if (spec.control === 'select')
    control = (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        {spec.optional && <option value="">none</option>}
        {(spec.options ?? []).map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  else if (spec.control === 'checkbox')
    control = (
      <input
        {...common}
        type="checkbox"
        checked={value === 'true'}
        onChange={(e) => onChange(String(e.target.checked))}
      />
    );
  else if (spec.control === 'textarea' || spec.control === 'points')
    control = (
      <textarea
        {...common}
        rows={spec.control === 'points' ? 4 : 3}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  else
    control = (
      <input
        {...common}
        type="text"
        inputMode={spec.control === 'number' ? 'decimal' : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  return (
    <div className={guessed ? 'wb-field wb-field--guessed' : 'wb-field'}>
      {spec.control === 'checkbox' ? (
        <div className="wb-check">
          {control}
          {label}
        </div>
      ) : (
        <>
          {label}
          {control}
        </>
      )}
      {spec.help && (
        <p id={helpId} className="wb-help">
          {spec.help}
        </p>
      )}
      {problems.length > 0 && (
        <ul id={problemsId} className="wb-problems">
          {problems.map((p) => (
            <li key={`${p.field}:${p.message}`} className={`wb-problem wb-problem--${p.level}`}>
              {p.level === 'error' ? 'Error' : 'Warning'}: {said(p.message)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
