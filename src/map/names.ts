export const namesOf = (codes: readonly string[], names: ReadonlyMap<string, string>): string =>
  codes.map((c) => names.get(c) ?? c).join(', ');
