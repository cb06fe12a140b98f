import { isArticleSource } from '../../data/projectSource';
import type { Figure, PlaceFeature, ProjectFeature, TimelineEvent } from '../../data/schema';
import type { RecordKind } from '../../state/selectionSlice';

// The form holds text, as typed; these turn it into the record the schema checks and back. Empty
// optional fields become null; anything malformed is passed on as it is, for the schema to name.

export type FormValues = Record<string, string>;

const orNull = (v: string | undefined): string | null =>
  v === undefined || v.trim() === '' ? null : v.trim();
/** "95e9", "95,000,000,000" and "95 000" all read as 95000000000; anything else stays text. */
export function readNumber(v: string | undefined): number | string | null {
  const t = orNull(v);
  if (t === null) return null;
  const n = Number(t.replace(/[,_\s]/g, ''));
  return Number.isFinite(n) ? n : t;
}
const readCodes = (v: string | undefined): string[] =>
  (v ?? '')
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter(Boolean);
/** One "longitude, latitude" pair per line. */
export function readPoints(v: string | undefined): (number | string)[][] {
  return (v ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => line.split(/[\s,;]+/).map((part) => readNumber(part) ?? part));
}
export const writePoints = (points: readonly (readonly number[])[]): string =>
  points.map(([lon, lat]) => `${lon}, ${lat}`).join('\n');

const source = (v: FormValues, article: string) => ({ article, quote: v.quote ?? '' });

function geometryOf(v: FormValues) {
  const points = readPoints(v.points);
  return points.length === 1
    ? { type: 'Point' as const, coordinates: points[0] }
    : { type: 'LineString' as const, coordinates: points };
}

export function toRecord(kind: RecordKind, v: FormValues, article: string, extra: FormValues = {}): unknown {
  const id = v.id?.trim() ?? '';
  if (kind === 'figure')
    return {
      id,
      kind: v.kind,
      label: v.label?.trim() ?? '',
      value: readNumber(v.value),
      // Absent, not null, when the article gives one number or counts no named thing.
      ...(orNull(v.valueHigh) === null ? {} : { valueHigh: readNumber(v.valueHigh) }),
      unit: v.unit,
      ...(orNull(v.measure) === null ? {} : { measure: orNull(v.measure) }),
      year: readNumber(v.year),
      asOf: orNull(v.asOf),
      // Optional fields are absent, not null, when empty (as the schema has them).
      ...(orNull(v.periodStart) === null && orNull(v.periodEnd) === null
        ? {}
        : { period: { start: v.periodStart?.trim() ?? '', end: v.periodEnd?.trim() ?? '' } }),
      ...(orNull(v.flow) === null ? {} : { flow: orNull(v.flow) }),
      ...(orNull(v.comparedWith) === null ? {} : { comparedWith: orNull(v.comparedWith) }),
      ...(orNull(v.project) === null ? {} : { project: orNull(v.project) }),
      qualifier: orNull(v.qualifier),
      reportedBy: orNull(v.reportedBy),
      subject: v.subject?.trim() ?? '',
      counterpart: orNull(v.counterpart),
      note: orNull(v.note),
      source: source(v, article),
    };
  if (kind === 'event')
    return {
      id,
      date: v.date?.trim() ?? '',
      precision: v.precision,
      label: v.label?.trim() ?? '',
      countries: readCodes(v.countries),
      scheduled: v.scheduled === 'true',
      dateNote: orNull(v.dateNote),
      source: source(v, article),
    };
  const common = {
    id,
    name: v.name?.trim() ?? '',
    kind: v.kind,
    ...(kind === 'project' ? { status: v.status } : {}),
    countries: readCodes(v.countries),
    ...(kind === 'project' ? { partners: readCodes(v.partners), note: orNull(v.note) } : {}),
    // A place's reported attack is not edited here: it is kept as it was.
    ...(kind === 'place' ? { attack: extra.attack ? JSON.parse(extra.attack) : null } : {}),
    source: source(v, article),
    precision: v.precision,
    geometrySource: v.geometrySource?.trim() ?? '',
  };
  return { type: 'Feature', geometry: geometryOf(v), properties: common };
}

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** A record's values for the form, plus what the form keeps without showing (a place's attack). */
export function fromRecord(
  kind: RecordKind,
  record: Figure | TimelineEvent | ProjectFeature | PlaceFeature,
): { values: FormValues; extra: FormValues } {
  if (kind === 'figure') {
    const f = record as Figure;
    const values: FormValues = {};
    for (const [k, v] of Object.entries(f))
      if (k !== 'source' && k !== 'period') values[k] = str(v as string | number | null);
    const period = f.period === undefined ? {} : { periodStart: f.period.start, periodEnd: f.period.end };
    return { values: { ...values, ...period, quote: f.source.quote }, extra: {} };
  }
  if (kind === 'event') {
    const e = record as TimelineEvent;
    return {
      values: {
        id: e.id,
        date: e.date,
        precision: e.precision,
        label: e.label,
        countries: e.countries.join(', '),
        scheduled: String(e.scheduled),
        dateNote: str(e.dateNote),
        quote: e.source.quote,
      },
      extra: {},
    };
  }
  const feature = record as ProjectFeature | PlaceFeature;
  const p = feature.properties;
  const g = feature.geometry;
  const values: FormValues = {
    id: p.id,
    name: p.name,
    kind: p.kind,
    countries: p.countries.join(', '),
    precision: p.precision,
    geometrySource: p.geometrySource,
    points: writePoints(g.type === 'Point' ? [g.coordinates] : g.coordinates),
    quote: isArticleSource(p.source) ? p.source.quote : '',
  };
  if ('status' in p)
    Object.assign(values, { status: p.status, partners: p.partners.join(', '), note: str(p.note) });
  const extra: FormValues = 'attack' in p && p.attack !== null ? { attack: JSON.stringify(p.attack) } : {};
  return { values, extra };
}

/** A form with nothing filled in but the choices a select needs to start from. */
export function blankValues(kind: RecordKind): FormValues {
  if (kind === 'figure') return { kind: 'trade', unit: 'USD' };
  if (kind === 'event') return { precision: 'day', scheduled: 'false' };
  if (kind === 'project') return { kind: 'railway', status: 'planned', precision: 'approximate' };
  return { kind: 'city', precision: 'approximate' };
}
