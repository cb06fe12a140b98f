import {
  eventSchema,
  figureSchema,
  flowSchema,
  placePropsSchema,
  precisionSchema,
  projectPropsSchema,
  qualifierSchema,
} from '../../data/schema';
import type { RecordKind } from '../../state/selectionSlice';

// The form of each record type as data: which fields, in what order, with which control, and
// which problem fields (as the validator names them) each one shows. One form draws them all.

export type Control = 'text' | 'number' | 'select' | 'code' | 'codes' | 'checkbox' | 'textarea' | 'points';

export interface FieldSpec {
  name: string;
  label: string;
  control: Control;
  options?: readonly string[];
  /** Shown under the field: what it means, where the validator is strict. */
  help?: string;
  /** Problem fields shown at this field (prefixes: "geometry" covers "geometry.coordinates.0"). */
  problems: readonly string[];
  optional?: boolean;
}

const PRECISION_HELP =
  'How well the article places it: exact (a named site or a known route), approximate (a sketch from the words), country-level (only the country is known; drawn at its anchor).';
const GEOMETRY_SOURCE_HELP =
  'Where the coordinates come from, since articles give none: e.g. "Sketched from the route named in the article" or "City centre, OpenStreetMap".';
const QUOTE_HELP =
  'Select the words in the article to quote them exactly. The quote must contain the value as written.';
const CODES_HELP =
  'Type a country’s name and pick it from the list; several are separated by commas (KAZ, CHN).';

const text = (name: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  label,
  control: 'text',
  problems: [name],
  ...extra,
});
const select = (name: string, label: string, options: readonly string[], extra: Partial<FieldSpec> = {}) =>
  text(name, label, { control: 'select', options, ...extra });

const quote = text('quote', 'Quote', { control: 'textarea', help: QUOTE_HELP, problems: ['source'] });
const geometry: FieldSpec[] = [
  text('points', 'Points (longitude, latitude; one per line)', {
    control: 'points',
    help: 'Click the map to add points: one point is a site, several are a route in order.',
    problems: ['geometry'],
  }),
  select('precision', 'Precision', precisionSchema.options, { help: PRECISION_HELP }),
  text('geometrySource', 'Geometry source', { help: GEOMETRY_SOURCE_HELP }),
];

export const FIELD_SPECS: Record<RecordKind, readonly FieldSpec[]> = {
  figure: [
    text('label', 'Label', {
      help: 'What the number is, in a few words: "Trade of China with Central Asia".',
    }),
    select('kind', 'Kind', figureSchema.shape.kind.options),
    text('value', 'Value (base units: 95e9, not "95 billion"); the low end of a range', {
      control: 'number',
    }),
    text('valueHigh', 'High end of a range', {
      control: 'number',
      optional: true,
      help: 'Only for a range ("between 2.5 and 3 billion"): both ends must be in the quote.',
    }),
    select('unit', 'Unit', figureSchema.shape.unit.options),
    text('measure', 'Measure', {
      optional: true,
      help: 'What is counted ("ballistic missiles"); required for a count.',
    }),
    text('year', 'Year the number is for', { optional: true }),
    text('asOf', 'As of (yyyy-mm-dd)', { optional: true }),
    text('periodStart', 'First month covered (yyyy-mm)', {
      optional: true,
      problems: ['period'],
      help: 'For a part of a year ("in the first quarter"): the months the number covers, both ends included.',
    }),
    text('periodEnd', 'Last month covered (yyyy-mm)', { optional: true, problems: [] }),
    select('flow', 'Flow', flowSchema.options, {
      optional: true,
      help: 'Trade only: the subject’s exports to, or imports from, the counterpart; none for the total.',
    }),
    text('comparedWith', 'Compared with', {
      optional: true,
      help: 'Growth only: what the change is against.',
    }),
    select('qualifier', 'Qualifier', qualifierSchema.def.innerType.options, { optional: true }),
    text('reportedBy', 'Reported by', { optional: true, help: 'Who the article credits; empty if no one.' }),
    text('subject', 'Subject', {
      control: 'code',
      help: 'The country or group the figure is about: type its name and pick it.',
    }),
    text('counterpart', 'Counterpart', {
      control: 'code',
      optional: true,
      help: 'The other side, for trade.',
    }),
    text('note', 'Note', { optional: true }),
    quote,
    text('id', 'Id', { help: 'Lowercase letters, digits and hyphens; unique in figures.json.' }),
  ],
  event: [
    text('label', 'Label'),
    text('date', 'Date (yyyy, yyyy-mm or yyyy-mm-dd)'),
    select('precision', 'Date precision', eventSchema.shape.precision.options),
    text('countries', 'Countries', { control: 'codes', help: CODES_HELP }),
    text('scheduled', 'Scheduled (a date still ahead when published)', { control: 'checkbox' }),
    text('dateNote', 'Date note', {
      optional: true,
      help: 'How a relative date ("on Monday") was resolved.',
    }),
    quote,
    text('id', 'Id', { help: 'Lowercase letters, digits and hyphens; unique in events.json.' }),
  ],
  project: [
    text('name', 'Name'),
    select('kind', 'Kind', projectPropsSchema.shape.kind.options),
    select('status', 'Status', projectPropsSchema.shape.status.options),
    text('countries', 'Countries', { control: 'codes', help: CODES_HELP }),
    text('partners', 'Partners', { control: 'codes', optional: true, help: CODES_HELP }),
    text('note', 'Note', { optional: true }),
    ...geometry,
    quote,
    text('id', 'Id', { help: 'Lowercase letters, digits and hyphens; unique in projects.geojson.' }),
  ],
  place: [
    text('name', 'Name'),
    select('kind', 'Kind', placePropsSchema.shape.kind.options),
    text('countries', 'Countries', { control: 'codes', help: CODES_HELP }),
    ...geometry,
    quote,
    text('id', 'Id', { help: 'Lowercase letters, digits and hyphens; unique in places.geojson.' }),
  ],
};

/** The field of the form a problem belongs to, or null when none shows it (the form lists those). */
export function fieldOfProblem(kind: RecordKind, field: string | null): string | null {
  if (field === null) return null;
  const spec = FIELD_SPECS[kind].find((f) =>
    f.problems.some((p) => field === p || field.startsWith(`${p}.`)),
  );
  return spec?.name ?? null;
}
