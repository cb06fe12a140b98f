import { FACET_KINDS, FACET_STATUSES, type FacetName, NO_FACETS, type ProjectFacets } from './projectFacets';
import { type DropKind, type DroppedParts, quoteForNotice } from './urlNotices';

// The project facets in a link: `status`, `kind` and `financier`, each a comma-separated list,
// read through the same allowlist as the rest of the link (url.ts). A status is written with a
// hyphen ("under-construction") so the link needs no escapes.

const KEYS = { status: 'statuses', kind: 'kinds', financier: 'financiers' } as const satisfies Record<
  string,
  FacetName
>;
export type FacetKey = keyof typeof KEYS;
export const isFacetKey = (key: string): key is FacetKey => Object.hasOwn(KEYS, key);

const CODE = /^[A-Z]{3}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const MAX_VALUES = 30;

const BAD_FACET: DropKind = {
  key: 'bad-facet',
  one: (item) => `The project filter value ${item} in the link is not one the map offers; it was ignored.`,
  many: (count, list) =>
    `${count} project filter values in the link are not ones the map offers (${list}); they were ignored.`,
};

const slug = (status: string) => status.replace(/ /g, '-');

/** Collects the facet keys of one link. */
export class FacetParts {
  private readonly values: Record<FacetName, Set<string>> = {
    statuses: new Set(),
    kinds: new Set(),
    financiers: new Set(),
  };

  read(key: FacetKey, value: string, dropped: DroppedParts): void {
    const name = KEYS[key];
    for (const raw of value.split(',').slice(0, MAX_VALUES)) {
      const item = raw.trim();
      if (item === '') continue;
      const accepted =
        name === 'statuses'
          ? FACET_STATUSES.find((s) => slug(s) === item)
          : name === 'kinds'
            ? FACET_KINDS.find((k) => k === item)
            : CODE.test(item) || SLUG.test(item)
              ? item
              : undefined;
      if (accepted === undefined) dropped.add(BAD_FACET, quoteForNotice(raw));
      else this.values[name].add(accepted);
    }
  }

  result(): ProjectFacets {
    const { statuses, kinds, financiers } = this.values;
    if (statuses.size + kinds.size + financiers.size === 0) return NO_FACETS;
    return {
      statuses: FACET_STATUSES.filter((s) => statuses.has(s)),
      kinds: FACET_KINDS.filter((k) => kinds.has(k)),
      financiers: [...financiers].sort(),
    };
  }
}

/** The link parts for a facet state; none for no facets. */
export function serialiseFacets(facets: ProjectFacets): string[] {
  const parts: string[] = [];
  if (facets.statuses.length > 0) parts.push(`status=${facets.statuses.map(slug).join(',')}`);
  if (facets.kinds.length > 0) parts.push(`kind=${facets.kinds.join(',')}`);
  if (facets.financiers.length > 0) parts.push(`financier=${facets.financiers.join(',')}`);
  return parts;
}
