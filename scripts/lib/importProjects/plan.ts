import { csvParse } from 'd3-dsv';
import { isArticleSource } from '../../../src/data/projectSource';
import { type CountriesFile, type ProjectFeature, projectFeatureSchema } from '../../../src/data/schema';
import { COLUMNS, DATASET, REQUIRED } from './columns';
import type { GeometryIndex } from './geometry';
import { mapRow } from './mapRow';

// An import as a plan: what each row becomes and what the projects file becomes, with nothing
// written. Pure, so the CLI's dry run and its real run say the same thing.

export interface Skipped {
  /** The row's first line in the file (the header is line 1). */
  line: number;
  record: string | null;
  column: string | null;
  reason: string;
  /** A bad value (refused) rather than a row the map has no place for. */
  bad: boolean;
}

export interface ImportPlan {
  features: ProjectFeature[];
  added: string[];
  updated: string[];
  unchanged: string[];
  skipped: Skipped[];
  /** Imported rows with no usable geometry, placed at their country's anchor. */
  countryLevel: string[];
  rows: number;
}

/** The line each record starts on: a quoted cell may hold line breaks, so lines are not rows. */
export function recordStartLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (atStart && ch !== 10 && ch !== 13) {
      starts.push(line);
      atStart = false;
    }
    if (ch === 34) quoted = !quoted;
    else if (ch === 10) {
      line += 1;
      if (!quoted) atStart = true;
    }
  }
  return starts;
}

export function planImport(
  csvText: string,
  geometry: GeometryIndex,
  existing: readonly ProjectFeature[],
  countries: CountriesFile,
): ImportPlan {
  const text = csvText.replace(/^\uFEFF/, '');
  const rows = csvParse(text);
  const missing = REQUIRED.map((k) => COLUMNS[k]).filter((c) => !rows.columns.includes(c));
  if (missing.length > 0)
    throw new Error(`the table has no column ${missing.map((c) => `"${c}"`).join(', ')} (line 1)`);
  const lines = recordStartLines(text).slice(1);
  const anchors = new Map(countries.countries.map((c) => [c.code, c.anchor]));
  const codes = new Set(anchors.keys());

  const plan: ImportPlan = {
    features: [...existing],
    added: [],
    updated: [],
    unchanged: [],
    skipped: [],
    countryLevel: [],
    rows: rows.length,
  };
  const at = new Map(existing.map((f, i) => [f.properties.id, i]));
  const seen = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    const line = lines[i] ?? i + 2;
    const skip = (s: Omit<Skipped, 'line'>) => {
      plan.skipped.push({ line, ...s });
    };
    const mapped = mapRow(row, codes);
    if (!mapped.ok) {
      skip({ record: mapped.record, column: mapped.column, reason: mapped.reason, bad: mapped.bad });
      continue;
    }
    const earlier = seen.get(mapped.record);
    if (earlier !== undefined) {
      skip({
        record: mapped.record,
        column: COLUMNS.record,
        reason: `duplicate of the record on line ${earlier}`,
        bad: true,
      });
      continue;
    }
    seen.set(mapped.record, line);

    const located = geometry.byRecord.get(mapped.record);
    const code = mapped.props.countries[0] as string;
    const feature = {
      type: 'Feature',
      geometry: located?.geometry ?? { type: 'Point', coordinates: anchors.get(code) as [number, number] },
      properties: {
        ...mapped.props,
        precision: located?.precision ?? 'country-level',
        geometrySource:
          located?.geometrySource ??
          `${DATASET} gives no location for record ${mapped.record}: placed at the country's anchor.`,
      },
    } as const;
    const checked = projectFeatureSchema.safeParse(feature);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      skip({
        record: mapped.record,
        column: null,
        reason: `does not validate: ${issue?.path.join('.')}: ${issue?.message}`,
        bad: true,
      });
      continue;
    }
    const id = feature.properties.id;
    if (located === undefined) plan.countryLevel.push(id);
    const index = at.get(id);
    if (index === undefined) {
      at.set(id, plan.features.length);
      plan.features.push(checked.data);
      plan.added.push(id);
      continue;
    }
    const current = plan.features[index] as ProjectFeature;
    if (isArticleSource(current.properties.source)) {
      skip({
        record: mapped.record,
        column: COLUMNS.record,
        reason: `id ${id} is taken by a project from an article`,
        bad: false,
      });
      continue;
    }
    if (JSON.stringify(current) === JSON.stringify(checked.data)) plan.unchanged.push(id);
    else {
      plan.features[index] = checked.data;
      plan.updated.push(id);
    }
  }
  return plan;
}
