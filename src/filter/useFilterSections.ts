import { useMemo } from 'react';
import { selectEntityNames } from '../state/selectors';
import { useAppStore } from '../state/store';
import { readyData, useLoadable } from '../state/useLoadable';
import { buildSections, codesInData, type FilterSection } from './countryOptions';

/** The filter's sections from the loaded data; null until countries.json has loaded. */
export function useFilterSections(): FilterSection[] | null {
  const countries = readyData(useLoadable('countries'));
  const figures = readyData(useLoadable('figures'));
  const projects = readyData(useLoadable('projects'));
  const places = readyData(useLoadable('places'));
  const events = readyData(useLoadable('events'));
  const articles = readyData(useLoadable('articles'));
  const selected = useAppStore((s) => s.countries);
  const inData = useMemo(
    () =>
      countries === null
        ? null
        : codesInData({
            countries,
            figures: figures?.figures ?? [],
            projects: projects?.features ?? [],
            places: places?.features ?? [],
            events: events?.events ?? [],
            articles: articles ?? [],
          }),
    [countries, figures, projects, places, events, articles],
  );
  return useMemo(
    () => (countries === null || inData === null ? null : buildSections(countries, inData, selected)),
    [countries, inData, selected],
  );
}

/** Display names for codes, falling back to the code itself before countries.json loads. */
export function useCountryNames(): (code: string) => string {
  const names = useAppStore(selectEntityNames);
  return useMemo(() => (code: string) => names.get(code) ?? code, [names]);
}
