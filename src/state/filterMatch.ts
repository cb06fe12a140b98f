import type { CountriesFile } from '../data/schema';

/**
 * How a record relates to the country filter:
 * - 'all': no country is selected, so everything shows;
 * - 'direct': a code the record names is selected;
 * - 'regional': the record names a group (Central Asia, the EU) that has a selected member,
 *   so it shows as a figure for the group as a whole;
 * - null: the record is filtered out.
 */
export type FilterMatch = 'all' | 'direct' | 'regional' | null;

export interface FilterIndex {
  selected: ReadonlySet<string>;
  /** Group code → every country it contains, nested groups expanded. */
  members: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Group code → every country it contains, nested groups expanded: the same whatever is selected. */
export function groupMembers(countries: CountriesFile | null): ReadonlyMap<string, ReadonlySet<string>> {
  const direct = new Map((countries?.groups ?? []).map((g) => [g.code, g.members]));
  const members = new Map<string, Set<string>>();
  for (const code of direct.keys()) {
    const found = new Set<string>();
    const stack = [...(direct.get(code) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (found.has(next) || next === code) continue;
      found.add(next);
      stack.push(...(direct.get(next) ?? []));
    }
    members.set(code, found);
  }
  return members;
}

/** `members` may be passed in, worked out once per countries file (see selectFilterIndex). */
export function buildFilterIndex(
  selected: readonly string[],
  countries: CountriesFile | null,
  members: ReadonlyMap<string, ReadonlySet<string>> = groupMembers(countries),
): FilterIndex {
  return { selected: new Set(selected), members };
}

/** With no country selected the filter keeps every record, whatever its codes. */
export const keepsAll = (index: FilterIndex): boolean => index.selected.size === 0;

export function matchCodes(codes: readonly string[], index: FilterIndex): FilterMatch {
  if (keepsAll(index)) return 'all';
  let regional = false;
  for (const code of codes) {
    if (index.selected.has(code)) return 'direct';
    const groupMembers = index.members.get(code);
    if (groupMembers && !regional) {
      for (const member of groupMembers) {
        if (index.selected.has(member)) {
          regional = true;
          break;
        }
      }
    }
  }
  return regional ? 'regional' : null;
}

/**
 * The groups through which a 'regional' record matched: the groups it names that contain a
 * selected country. Views label such a record "figure for Central Asia as a whole".
 */
export function matchedGroups(codes: readonly string[], index: FilterIndex): string[] {
  const out: string[] = [];
  for (const code of codes) {
    const groupMembers = index.members.get(code);
    if (groupMembers === undefined || out.includes(code)) continue;
    for (const member of groupMembers)
      if (index.selected.has(member)) {
        out.push(code);
        break;
      }
  }
  return out;
}
