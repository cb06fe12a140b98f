import type { ProjectProps } from '../../../src/data/schema';

// The mapping from a project table's columns to Crossroads fields: one small table, so a user
// holding another tracker's export can change a column name here (docs/IMPORT-PROJECTS.md lists
// it). The names are those of AidData's GCDF 3.0 export.

export const DATASET = 'AidData GCDF 3.0';
/** Imported ids are `gcdf-<record id>`: apart from every curated id, stable across imports. */
export const ID_PREFIX = 'gcdf-';

export const COLUMNS = {
  /** Record id: the project's id and the record its source cites. Required. */
  record: 'AidData Record ID',
  /** Project name. Required. */
  title: 'Title',
  /** The country the project is in: `countries`. Required, and must be in countries.json. */
  recipient: 'Recipient ISO-3',
  /** Year the financing was committed: `dates.announced` (year precision). */
  commitmentYear: 'Commitment Year',
  /** `dates.started` (year precision). */
  startYear: 'Implementation Start Year',
  /** `dates.completed` (year precision). */
  completionYear: 'Completion Year',
  /** `status`, through STATUS_MAP. Required. */
  status: 'Status',
  /** `kind`, through SECTOR_KINDS and the title's words. Required. */
  sector: 'Sector Name',
  /** Kept in `note` ("Loan", "Grant"). */
  flowType: 'Flow Type',
  /** `cost`, basis "constant 2021 USD". */
  amountConstant: 'Amount (Constant USD 2021)',
  /** `cost`, basis "nominal USD". */
  amountNominal: 'Amount (Nominal USD)',
  /** `financiers`, one per agency (split on "|" or ";"), country CHN: the dataset is Chinese official finance. */
  funders: 'Funding Agencies',
  /** Read but not imported: an implementer is not a financier. */
  implementers: 'Implementing Agencies',
  /** "No" adds a caveat to `note`: AidData advises against adding the record into totals. */
  aggregates: 'Recommended For Aggregates',
} as const;
export type ColumnKey = keyof typeof COLUMNS;

/** The columns a row must fill in; a row missing one is refused. */
export const REQUIRED: readonly ColumnKey[] = ['record', 'title', 'recipient', 'status', 'sector'];

type Status = ProjectProps['status'];
/** GCDF statuses; Cancelled and Suspended have no place on the map and are skipped with that reason. */
export const STATUS_MAP: Readonly<Record<string, Status | null>> = {
  Completion: 'operational',
  Implementation: 'under construction',
  'Pipeline: Commitment': 'planned',
  'Pipeline: Pledge': 'planned',
  Cancelled: null,
  Suspended: null,
};

type Kind = ProjectProps['kind'];
/**
 * Sector → kind. A transport record is told apart by its title's words (first match wins); a
 * sector not listed (health, education…) is not a project the map draws, and is skipped.
 */
export const SECTOR_KINDS: Readonly<Record<string, Kind | 'by title'>> = {
  ENERGY: 'energy',
  'INDUSTRY, MINING, CONSTRUCTION': 'mining',
  'TRANSPORT AND STORAGE': 'by title',
};
export const TITLE_KINDS: readonly (readonly [RegExp, Kind])[] = [
  [/nuclear/i, 'nuclear-plant'],
  [/\brail|\bmetro\b|\btrains?\b/i, 'railway'],
  [/\broads?\b|highway|expressway|motorway|bridge|tunnel/i, 'highway'],
  [/\b(sea|dry |air)?ports?\b|terminal|logistics/i, 'dry-port'],
];
/** A transport record whose title names none of the above. */
export const TRANSPORT_FALLBACK: Kind = 'corridor';
