import type { FormValues } from './formValues';

// A stale save, merged field by field against the version the form started from: a field only
// one side changed takes that side's value; a field both changed, differently, is a conflict for
// the curator to settle. Nothing is taken silently from either side.

export interface Conflict {
  field: string;
  mine: string;
  theirs: string;
}

export interface Merge {
  values: FormValues;
  conflicts: Conflict[];
}

export function mergeValues(base: FormValues, mine: FormValues, theirs: FormValues): Merge {
  const values: FormValues = {};
  const conflicts: Conflict[] = [];
  const fields = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  for (const field of fields) {
    const b = base[field] ?? '';
    const m = mine[field] ?? '';
    const t = theirs[field] ?? '';
    if (m === t || t === b) values[field] = m;
    else if (m === b) values[field] = t;
    else {
      values[field] = m;
      conflicts.push({ field, mine: m, theirs: t });
    }
  }
  return { values, conflicts };
}
