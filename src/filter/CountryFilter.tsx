import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { selectFileStatus } from '../state/records';
import { useAppStore } from '../state/store';
import '../ui/popupPanel.css';
import './filter.css';
import { CountryPanel } from './CountryPanel';
import { useCountryNames, useFilterSections } from './useFilterSections';

const PANEL_ID = 'country-panel';
const UNAVAILABLE_ID = 'country-filter-unavailable';
const MAX_CHIPS = 4;

/**
 * The country filter in the header: a disclosure button that opens the choices, the selected
 * countries as removable chips (visible while the choices are closed) and a Clear control.
 */
export function CountryFilter() {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const selected = useAppStore((s) => s.countries);
  const toggleCountry = useAppStore((s) => s.toggleCountry);
  const clearCountries = useAppStore((s) => s.clearCountries);
  // The choices are built when first opened, however they are opened, and kept from then on.
  const [wanted, setWanted] = useState(false);
  if (open && !wanted) setWanted(true);
  const sections = useFilterSections(wanted);
  const countriesStatus = useAppStore((s) => selectFileStatus(s, 'countries'));
  const nameOf = useCountryNames();
  // Without countries.json there is nothing to choose from: say why, rather than only grey out.
  const unavailable = countriesStatus === 'error';
  // A long selection would fill a phone's screen with chips: past a few, the rest are counted.
  const shownChips = selected.length > MAX_CHIPS ? selected.slice(0, MAX_CHIPS - 1) : selected;
  const hiddenChips = selected.length - shownChips.length;

  // A click outside closes the choices, like any popover; focus stays where the click put it.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };
  const remove = (code: string, index: number) => {
    toggleCountry(code);
    // Focus the next chip, or the toggle when none is left, so keyboard users keep their place.
    const chips = rootRef.current?.querySelectorAll<HTMLButtonElement>('.chip');
    const next = chips?.[index + 1] ?? chips?.[index - 1];
    (next ?? toggleRef.current)?.focus();
  };
  const clear = () => {
    clearCountries();
    toggleRef.current?.focus();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is handled for the whole widget
    <div className="country-filter" ref={rootRef} onKeyDown={onKeyDown}>
      <div className="filter-bar">
        <button
          ref={toggleRef}
          type="button"
          className="filter-toggle"
          aria-expanded={open}
          aria-controls={PANEL_ID}
          onClick={() => setOpen((o) => !o)}
          disabled={countriesStatus !== 'ready'}
          aria-describedby={unavailable ? UNAVAILABLE_ID : undefined}
        >
          Filter by country
          {selected.length > 0 && <span className="filter-count"> ({selected.length})</span>}
          <span className="caret" aria-hidden="true">
            {open ? '▴' : '▾'}
          </span>
        </button>
        {selected.length > 0 && (
          <ul className="chips" aria-label="Selected countries">
            {shownChips.map((code, i) => (
              <li key={code}>
                <button
                  type="button"
                  className="chip"
                  aria-label={`Remove ${nameOf(code)}`}
                  onClick={() => remove(code, i)}
                >
                  <bdi>{nameOf(code)}</bdi>
                  <span aria-hidden="true"> ×</span>
                </button>
              </li>
            ))}
            {hiddenChips > 0 && (
              <li>
                <button
                  type="button"
                  className="more-chip"
                  aria-controls={PANEL_ID}
                  onClick={() => setOpen(true)}
                >
                  +{hiddenChips} more
                </button>
              </li>
            )}
          </ul>
        )}
        {selected.length > 0 && (
          <button type="button" className="clear-button" onClick={clear}>
            Clear
          </button>
        )}
        {unavailable && (
          <span id={UNAVAILABLE_ID} className="filter-unavailable">
            The country list could not be loaded.
          </span>
        )}
      </div>
      <CountryPanel id={PANEL_ID} sections={sections ?? []} hidden={!open} onDone={close} />
    </div>
  );
}
