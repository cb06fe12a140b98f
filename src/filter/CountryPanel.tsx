import { type KeyboardEvent, memo, useId, useRef, useState } from 'react';
import { sortedUnique } from '../state/filterSlice';
import { useAppStore } from '../state/store';
import { type FilterSection, type GroupControl, narrowSections } from './countryOptions';

interface CountryPanelProps {
  id: string;
  sections: readonly FilterSection[];
  hidden: boolean;
  onDone: () => void;
}

function GroupButton({ group }: { group: GroupControl }) {
  const selected = useAppStore((s) => s.countries);
  const setCountries = useAppStore((s) => s.setCountries);
  const chosen = group.members.filter((m) => selected.includes(m)).length;
  const all = chosen === group.members.length;
  const toggle = () =>
    setCountries(
      all
        ? selected.filter((c) => !group.members.includes(c))
        : sortedUnique([...selected, ...group.members]),
    );
  return (
    <button
      type="button"
      className="group-toggle"
      aria-pressed={all ? true : chosen > 0 ? 'mixed' : false}
      onClick={toggle}
    >
      All of <bdi>{group.name}</bdi>
    </button>
  );
}

// Memoized on its code and name: a click re-renders the toggles whose pressed state it changed
// (each subscribes to its own), not every toggle in the panel.
const OptionButton = memo(function OptionButton({ code, name }: { code: string; name: string }) {
  const pressed = useAppStore((s) => s.countries.includes(code));
  const toggleCountry = useAppStore((s) => s.toggleCountry);
  return (
    <button
      type="button"
      className="country-option"
      aria-pressed={pressed}
      data-code={code}
      onClick={() => toggleCountry(code)}
    >
      <span className="check" aria-hidden="true">
        {pressed ? '✓' : ''}
      </span>
      <bdi>{name}</bdi>
    </button>
  );
});

/** The choices: a search box over the countries, grouped by region, each a toggle button. */
export function CountryPanel({ id, sections, hidden, onDone }: CountryPanelProps) {
  const [query, setQuery] = useState('');
  const toggleCountry = useAppStore((s) => s.toggleCountry);
  const listRef = useRef<HTMLDivElement>(null);
  const searchId = useId();
  const shown = narrowSections(sections, query);
  const matches = shown.flatMap((s) => s.options);

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      listRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    } else if (event.key === 'Enter' && matches.length === 1 && matches[0] !== undefined) {
      event.preventDefault();
      toggleCountry(matches[0].code);
    }
  };

  return (
    <fieldset id={id} className="popup-panel country-panel" hidden={hidden}>
      <legend className="visually-hidden">Choose countries</legend>
      <label htmlFor={searchId} className="search-label">
        Search countries
      </label>
      <input
        id={searchId}
        type="search"
        className="country-search"
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onSearchKey}
      />
      <div ref={listRef} className="country-sections">
        {shown.map((section) => (
          <fieldset key={section.id} className="country-section">
            <legend className="section-title">{section.title}</legend>
            <ul className="country-options">
              {section.group !== null && (
                <li>
                  <GroupButton group={section.group} />
                </li>
              )}
              {section.options.map((o) => (
                <li key={o.code}>
                  <OptionButton code={o.code} name={o.name} />
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        {shown.length === 0 && <p className="muted no-match">No country matches “{query}”.</p>}
      </div>
      <div className="panel-foot">
        <button type="button" className="done-button" onClick={onDone}>
          Done
        </button>
      </div>
    </fieldset>
  );
}
