import {
  CURRENCY_CODES,
  FIGURE_KINDS_BY_FAMILY,
  type FigureKind,
  type FigureUnit,
  type UnitFamily,
} from './schema.ts';

// Which units each figure kind may be stated in. Shared by the validator and the extract draft,
// so a draft the extractor writes is checked by the same rule that checks figures.json.

const FAMILY_OF_KIND = new Map<FigureKind, UnitFamily>(
  (Object.entries(FIGURE_KINDS_BY_FAMILY) as [UnitFamily, readonly FigureKind[]][]).flatMap(
    ([family, kinds]) => kinds.map((kind) => [kind, family] as const),
  ),
);

const CURRENCIES: ReadonlySet<string> = new Set(['USD', ...CURRENCY_CODES]);

export const unitFamilyOf = (kind: FigureKind): UnitFamily => FAMILY_OF_KIND.get(kind) ?? 'items';

export const isCurrency = (unit: string): boolean => CURRENCIES.has(unit);

/** The unit family a unit belongs to: every currency code is money. */
export function familyOfUnit(unit: FigureUnit): UnitFamily {
  if (unit === 'people' || unit === 'percent' || unit === 'items') return unit;
  return 'money';
}

/** "USD or another ISO 4217 code", "people", …: the units a kind allows, for messages. */
export function unitsAllowed(kind: FigureKind): string {
  const family = unitFamilyOf(kind);
  return family === 'money' ? 'USD or an ISO 4217 currency code' : family;
}

export const unitFitsKind = (kind: FigureKind, unit: FigureUnit): boolean =>
  familyOfUnit(unit) === unitFamilyOf(kind);

/** Kinds that count people: their values are whole numbers. */
const PEOPLE_KINDS: ReadonlySet<FigureKind> = new Set(FIGURE_KINDS_BY_FAMILY.people);

/**
 * What is wrong with a value for its kind, or null: a share is a part of a whole (0 to 100), a
 * tariff is not negative but may exceed 100, counts are not negative and people come whole. A
 * growth rate may be anything, negative included.
 */
export function boundProblem(kind: FigureKind, unit: FigureUnit, value: number): string | null {
  if (kind === 'share' && (value < 0 || value > 100))
    return `a share is part of a whole, between 0 and 100 percent, not ${value}; a change of ${value} percent is kind "growth"`;
  if (kind === 'tariff' && value < 0)
    return `a tariff cannot be negative (${value}); it may exceed 100 percent`;
  if ((unit === 'people' || unit === 'items') && value < 0) return 'a count cannot be negative';
  if (PEOPLE_KINDS.has(kind) && !Number.isInteger(value))
    return `a count of people is a whole number, not ${value}`;
  return null;
}
