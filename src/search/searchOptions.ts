/** One result in the search list, as the search box navigates it. */
export interface SearchOption {
  key: string;
  choose: () => void;
}
