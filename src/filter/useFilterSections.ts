import { useMemo } from 'react';
import { selectFileData, selectRecords } from '../state/records';
import { selectEntityNames, selectMentionTotals } from '../state/selectors';
import { useAppStore } from '../state/store';
import { buildSections, codesInRecords, type FilterSection, withMentioned } from './countryOptions';

/**
 * The filter's sections from the loaded data; null until countries.json has loaded, and while not
 * `wanted`: the choices start closed, and scanning every record for the codes it names was 5–8 ms
 * of the corpus's first load (CPU profiles), spent for a panel no one had opened.
 */
export function useFilterSections(wanted: boolean): FilterSection[] | null {
  const countries = useAppStore((s) => selectFileData(s, 'countries'));
  const figures = useAppStore((s) => selectRecords(s, 'figures'));
  const projects = useAppStore((s) => selectRecords(s, 'projects'));
  const places = useAppStore((s) => selectRecords(s, 'places'));
  const events = useAppStore((s) => selectRecords(s, 'events'));
  const mentions = useAppStore(selectMentionTotals);
  const selected = useAppStore((s) => s.countries);
  // The records' codes once per data set; a time range change narrows only the mentions.
  const inRecords = useMemo(
    () => (wanted ? codesInRecords({ figures, projects, places, events }) : null),
    [wanted, figures, projects, places, events],
  );
  const inData = useMemo(
    () => (countries === null || inRecords === null ? null : withMentioned(inRecords, mentions)),
    [countries, inRecords, mentions],
  );
  // Only a selected code the data does not name changes the sections (it is offered anyway), so
  // a click on a country the data names builds nothing again.
  const unnamed = inData === null ? '' : selected.filter((c) => !inData.has(c)).join(',');
  return useMemo(
    () =>
      countries === null || inData === null
        ? null
        : buildSections(countries, inData, unnamed === '' ? [] : unnamed.split(',')),
    [countries, inData, unnamed],
  );
}

/** Display names for codes, falling back to the code itself before countries.json loads. */
export function useCountryNames(): (code: string) => string {
  const names = useAppStore(selectEntityNames);
  return useMemo(() => (code: string) => names.get(code) ?? code, [names]);
}
