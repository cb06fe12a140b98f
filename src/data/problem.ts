import type { z } from 'zod/mini';

/** One thing wrong with the data, located precisely enough to fix without searching. */
export interface Problem {
  level: 'error' | 'warning';
  file: string;
  /** The record's id, or its index when it has no usable id; null for file-level problems. */
  record: string | null;
  field: string | null;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [
    p.file,
    p.record === null ? null : `record ${p.record}`,
    p.field === null ? null : `field ${p.field}`,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
  return `${p.level}: ${where}: ${p.message}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What names a record and in which field: its `id` (a GeoJSON feature's `properties.id`) or a country's `code`. */
export function recordKey(value: unknown): { name: string; field: 'id' | 'code' } | null {
  const props = isRecord(value) && isRecord(value.properties) ? value.properties : value;
  if (!isRecord(props)) return null;
  if (typeof props.id === 'string') return { name: props.id, field: 'id' };
  if (typeof props.code === 'string') return { name: props.code, field: 'code' };
  return null;
}

/**
 * Turns a zod issue path such as ["features", 3, "properties", "kind"] into the record it sits in
 * (found by walking the data to the first list entry, named by its id or code, else "#3") and the
 * field below it.
 */
export function locateIssue(
  data: unknown,
  path: readonly PropertyKey[],
): { record: string | null; field: string | null } {
  let node: unknown = data;
  let record: string | null = null;
  let fieldStart = 0;
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as PropertyKey;
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && record === null) {
      record = recordKey(node)?.name ?? `#${key}`;
      fieldStart = i + 1;
    }
  }
  const rest = path.slice(fieldStart).map(String);
  if (rest[0] === 'properties' && rest.length > 1) rest.shift();
  return { record, field: rest.length > 0 ? rest.join('.') : null };
}

/** One problem per zod issue; `prefix` is the path from `data` to what was checked (a record inside a file). */
export function zodProblems(
  file: string,
  data: unknown,
  error: z.core.$ZodError,
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  return error.issues.map((issue) => {
    const { record, field } = locateIssue(data, [...prefix, ...issue.path]);
    return { level: 'error', file, record, field, message: issue.message };
  });
}
