import type {
  DatasetSource,
  Financier,
  ProjectCost,
  ProjectDates,
  ProjectProps,
} from '../../../src/data/schema';
import {
  COLUMNS,
  type ColumnKey,
  DATASET,
  ID_PREFIX,
  REQUIRED,
  SECTOR_KINDS,
  STATUS_MAP,
  TITLE_KINDS,
  TRANSPORT_FALLBACK,
} from './columns';

// One table row to a project's properties (everything but where it is), or the reason it is not
// imported. A refusal names its column; the caller adds the line.

export type Row = Readonly<Record<string, string | undefined>>;

/** Properties without the geometry's provenance, which the geometry file decides. */
export type MappedProps = Omit<ProjectProps, 'precision' | 'geometrySource'>;

export type RowResult =
  | { ok: true; record: string; props: MappedProps }
  /** A bad value: the row is refused, and the line and column say where. */
  | { ok: false; bad: true; record: string | null; column: string; reason: string }
  /** A well-formed row the map has no place for (a cancelled loan, a school). */
  | { ok: false; bad: false; record: string; column: string; reason: string };

const cell = (row: Row, key: ColumnKey): string => (row[COLUMNS[key]] ?? '').trim();
const YEAR = /^(1[89]\d\d|20\d\d|2100)$/;
const CODE = /^[A-Z]{3}$/;

export function mapRow(row: Row, knownCodes: ReadonlySet<string>): RowResult {
  const rawRecord = cell(row, 'record');
  const recordOrNull = rawRecord === '' ? null : rawRecord;
  const bad = (key: ColumnKey, reason: string): RowResult => ({
    ok: false,
    bad: true,
    record: recordOrNull,
    column: COLUMNS[key],
    reason,
  });
  for (const key of REQUIRED) if (cell(row, key) === '') return bad(key, 'is empty');
  const record = rawRecord;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,60}$/.test(record))
    return bad('record', `"${record}" is not a record id (letters, digits, ".", "_", "-")`);
  const skip = (key: ColumnKey, reason: string): RowResult => ({
    ok: false,
    bad: false,
    record,
    column: COLUMNS[key],
    reason,
  });

  const code = cell(row, 'recipient').toUpperCase();
  if (!CODE.test(code))
    return bad('recipient', `"${cell(row, 'recipient')}" is not an ISO 3166-1 alpha-3 code`);
  if (!knownCodes.has(code)) return skip('recipient', `${code} is not in countries.json`);

  const statusText = cell(row, 'status');
  if (!(statusText in STATUS_MAP)) return bad('status', `"${statusText}" is not a status the mapping knows`);
  const status = STATUS_MAP[statusText];
  if (status === null || status === undefined)
    return skip('status', `status "${statusText}" is not drawn on the map`);

  const title = cell(row, 'title');
  const sector = cell(row, 'sector');
  const sectorKind = SECTOR_KINDS[sector.toUpperCase()];
  if (sectorKind === undefined) return skip('sector', `sector "${sector}" has no project kind`);
  const kind =
    sectorKind === 'by title'
      ? (TITLE_KINDS.find(([words]) => words.test(title))?.[1] ?? TRANSPORT_FALLBACK)
      : sectorKind === 'energy' && /nuclear/i.test(title)
        ? 'nuclear-plant'
        : sectorKind;

  const source: DatasetSource = { dataset: DATASET, record };
  const dates: ProjectDates = {};
  for (const [key, field] of [
    ['commitmentYear', 'announced'],
    ['startYear', 'started'],
    ['completionYear', 'completed'],
  ] as const) {
    const text = cell(row, key);
    if (text === '') continue;
    if (!YEAR.test(text)) return bad(key, `"${text}" is not a year`);
    dates[field] = { date: text, precision: 'year', source };
  }
  if (dates.started && dates.completed && dates.completed.date < dates.started.date)
    return bad(
      'completionYear',
      `completion ${dates.completed.date} is before the start ${dates.started.date}`,
    );

  const cost: ProjectCost[] = [];
  for (const [key, basis] of [
    ['amountConstant', 'constant 2021 USD'],
    ['amountNominal', 'nominal USD'],
  ] as const) {
    const text = cell(row, key).replace(/[,$\s]/g, '');
    if (text === '') continue;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) return bad(key, `"${cell(row, key)}" is not an amount`);
    cost.push({ value, unit: 'USD', basis, source });
  }

  const financiers: Financier[] = splitAgencies(cell(row, 'funders')).map((institution) => ({
    institution,
    country: 'CHN',
    source,
  }));

  const notes: string[] = [];
  const flow = cell(row, 'flowType');
  if (flow !== '') notes.push(`Flow type: ${flow}.`);
  if (/^no$/i.test(cell(row, 'aggregates'))) notes.push('AidData advises leaving this record out of totals.');
  const note = notes.join(' ').slice(0, 300);

  const props: MappedProps = {
    id: `${ID_PREFIX}${record.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(0, 120),
    name: title.slice(0, 200),
    kind,
    status,
    countries: [code],
    partners: code === 'CHN' ? [] : ['CHN'],
    note: note === '' ? null : note,
    source,
  };
  if (financiers.length > 0) props.financiers = financiers;
  if (Object.keys(dates).length > 0) props.dates = dates;
  if (cost.length > 0) props.cost = cost;
  return { ok: true, record, props };
}

/** "China Development Bank|Export-Import Bank of China" → both names, each once. */
export function splitAgencies(text: string): string[] {
  const names = text
    .split(/[|;]/)
    .map((s) => s.trim().slice(0, 200))
    .filter((s) => s !== '');
  return [...new Set(names)].slice(0, 50);
}
