/** One result in the search list, as the search box navigates it. */
export interface SearchOption {
  key: string;
  choose: () => void;
}

export const SEARCH_LIST_ID = 'search-results';
export const optionId = (n: number): string => `search-option-${n}`;
