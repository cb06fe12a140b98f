import { type KeyboardEvent, useState } from 'react';
import { useAppStore } from '../state/store';
import { importedComponent } from '../ui/importedComponent';
import { optionId, SEARCH_LIST_ID, type SearchOption } from './searchOptions';
import './searchBox.css';

// The search box in the header: a combobox whose list of results loads, with MiniSearch and the
// index, the first time the box is focused or typed in. The first view carries only this.

const SearchResults = importedComponent(() => import('./SearchResults').then((m) => m.default));

export function SearchBox() {
  const query = useAppStore((s) => s.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const [started, setStarted] = useState(query !== '');
  const [open, setOpen] = useState(false);
  const [cursor, setCursor] = useState(-1);
  const [options, setOptions] = useState<readonly SearchOption[]>([]);
  const expanded = open && query.trim() !== '';

  const choose = (option: SearchOption | undefined) => {
    if (option === undefined) return;
    setOpen(false);
    setCursor(-1);
    option.choose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (last < 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setCursor((c) => (c < 0 ? (step > 0 ? 0 : last) : Math.min(last, Math.max(0, c + step))));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(options[Math.max(0, cursor)]);
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
      setCursor(-1);
    }
  };

  return (
    <div className="search-box">
      <label htmlFor="search-input" className="visually-hidden">
        Search articles, figures, events, projects and places
      </label>
      <input
        id="search-input"
        type="search"
        role="combobox"
        placeholder="Search"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? SEARCH_LIST_ID : undefined}
        aria-activedescendant={expanded && cursor >= 0 ? optionId(cursor) : undefined}
        value={query}
        onFocus={() => setStarted(true)}
        onChange={(event) => {
          setQuery(event.target.value);
          setStarted(true);
          setOpen(true);
          setCursor(-1);
        }}
        onKeyDown={onKeyDown}
        // Options never take focus (a press on one keeps it here), so a blur means focus left.
        onBlur={() => setOpen(false)}
      />
      {started && <SearchResults open={expanded} cursor={cursor} onOptions={setOptions} onChoose={choose} />}
    </div>
  );
}
