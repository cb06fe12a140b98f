import { type KeyboardEvent, useId, useState } from 'react';

// A code field as an ARIA combobox (the APG "list autocomplete" pattern): typing a name, an alias
// or a code lists the matching countries, each shown as its name beside its code; the arrows move,
// Enter or a click takes one. A field of several codes completes the last one typed.

export interface CodeOption {
  code: string;
  name: string;
  aliases: readonly string[];
  /** In countries.json already; the others can be added from the form. */
  known: boolean;
}

interface Props {
  id: string;
  value: string;
  multiple: boolean;
  options: readonly CodeOption[];
  onChange: (value: string) => void;
  onBlur: () => void;
  describedBy: string | undefined;
  invalid: boolean | undefined;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function matchCodes(options: readonly CodeOption[], query: string, limit = 8): CodeOption[] {
  const q = fold(query.trim());
  if (q === '') return [];
  const score = (o: CodeOption) => {
    if (fold(o.code) === q) return 0;
    if (fold(o.name).startsWith(q)) return 1;
    if (o.aliases.some((a) => fold(a).startsWith(q))) return 2;
    if (fold(o.name).includes(q) || o.aliases.some((a) => fold(a).includes(q))) return 3;
    return -1;
  };
  return options
    .map((o) => ({ o, s: score(o) }))
    .filter((m) => m.s >= 0)
    .sort((a, b) => a.s - b.s || Number(b.o.known) - Number(a.o.known) || a.o.name.localeCompare(b.o.name))
    .slice(0, limit)
    .map((m) => m.o);
}

const tokens = (value: string) => value.split(/\s*,\s*/);

export function CodeCombobox({
  id,
  value,
  multiple,
  options,
  onChange,
  onBlur,
  describedBy,
  invalid,
}: Props) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = multiple ? (tokens(value).at(-1) ?? '') : value;
  const matches = open ? matchCodes(options, query) : [];
  const expanded = matches.length > 0;
  const take = (o: CodeOption) => {
    const next = multiple ? [...tokens(value).slice(0, -1), o.code].filter(Boolean).join(', ') : o.code;
    onChange(next);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (matches.length === 0 ? 0 : (a + step + matches.length) % matches.length));
    } else if (e.key === 'Enter' && expanded) {
      e.preventDefault();
      const chosen = matches[active];
      if (chosen) take(chosen);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      setOpen(false);
    }
  };
  return (
    <div className="wb-combo">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          onBlur();
        }}
      />
      <div id={listId} role="listbox" className="wb-combo-list" hidden={!expanded} aria-label="Countries">
        {matches.map((o, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the input's arrow keys and Enter are the keyboard's way
          <div
            key={o.code}
            tabIndex={-1}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'wb-combo-option wb-combo-option--active' : 'wb-combo-option'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => take(o)}
          >
            {o.name} <span className="wb-code">{o.code}</span>
            {!o.known && <span className="wb-help"> not yet in countries.json</span>}
          </div>
        ))}
      </div>
    </div>
  );
}
