import type { StateCreator } from 'zustand';

export interface FilterSlice {
  /** Selected country and bloc codes, kept sorted so equal selections compare equal. */
  countries: readonly string[];
  toggleCountry: (code: string) => void;
  setCountries: (codes: readonly string[]) => void;
  clearCountries: () => void;
}

export const sortedUnique = (codes: readonly string[]): string[] => [...new Set(codes)].sort();

export const createFilterSlice: StateCreator<FilterSlice, [], [], FilterSlice> = (set) => ({
  countries: [],
  toggleCountry: (code) =>
    set((s) => ({
      countries: s.countries.includes(code)
        ? s.countries.filter((c) => c !== code)
        : sortedUnique([...s.countries, code]),
    })),
  setCountries: (codes) => set({ countries: sortedUnique(codes) }),
  clearCountries: () => set({ countries: [] }),
});
