import type { CountriesFile, Figure, PlaceFeature, ProjectFeature, TimelineEvent } from '../data/schema';
import { compareNames, foldText } from '../lib/textOrder';

// Which countries the filter offers, and how it groups them. Pure, so it is tested on plain data.

export interface CountryOption {
  code: string;
  name: string;
  /** Normalised name, aliases and code, for the search box. */
  search: string;
}

export interface GroupControl {
  code: string;
  name: string;
  /** The codes the group control selects and clears together. */
  members: string[];
}

export interface FilterSection {
  id: 'central-asia' | 'middle-east' | 'powers' | 'others';
  title: string;
  group: GroupControl | null;
  options: CountryOption[];
}

const SECTIONS: readonly { id: FilterSection['id']; title: string }[] = [
  { id: 'central-asia', title: 'Central Asia' },
  { id: 'middle-east', title: 'Middle East' },
  { id: 'powers', title: 'Powers and blocs' },
  { id: 'others', title: 'Other countries' },
];
const SECTION_OF_REGION = {
  'central-asia': 'central-asia',
  caucasus: 'others',
  'south-asia': 'others',
  'east-asia': 'others',
  'middle-east': 'middle-east',
  powers: 'powers',
  europe: 'others',
  other: 'others',
} as const;

/** Lower case, accents removed: "Türkiye" finds "turkiye". */
export const normaliseSearch = foldText;

export interface DataForOptions {
  countries: CountriesFile;
  figures: readonly Figure[];
  projects: readonly ProjectFeature[];
  places: readonly PlaceFeature[];
  events: readonly TimelineEvent[];
  /** Mentions per code in the article text (selectMentionTotals). */
  mentions: ReadonlyMap<string, number>;
}

/** Codes named by any record, plus those the article text mentions by name or alias. */
export function codesInData(data: DataForOptions): Set<string> {
  return withMentioned(codesInRecords(data), data.mentions);
}

/** The codes the records name: the same whatever the time range, which narrows the mentions. */
export function codesInRecords(data: Omit<DataForOptions, 'countries' | 'mentions'>): ReadonlySet<string> {
  const codes = new Set<string>();
  for (const f of data.figures) {
    codes.add(f.subject);
    if (f.counterpart !== null) codes.add(f.counterpart);
  }
  for (const p of data.projects)
    for (const c of [...p.properties.countries, ...p.properties.partners]) codes.add(c);
  for (const p of data.places) for (const c of p.properties.countries) codes.add(c);
  for (const e of data.events) for (const c of e.countries) codes.add(c);
  return codes;
}

/** `codes` and every code the article text mentions at least once. */
export function withMentioned(
  codes: ReadonlySet<string>,
  mentions: ReadonlyMap<string, number>,
): Set<string> {
  const all = new Set(codes);
  for (const [code, n] of mentions) if (n > 0) all.add(code);
  return all;
}

const byName = (a: CountryOption, b: CountryOption) => compareNames(a.name, b.name);

/**
 * The filter's sections: each country in the data (or already selected) under its region, the
 * blocs offered as one toggle (the EU) among the powers, and each group offered as a heading
 * (Central Asia) as that section's select-all control.
 */
export function buildSections(
  countries: CountriesFile,
  inData: ReadonlySet<string>,
  selected: readonly string[],
): FilterSection[] {
  const offered = (code: string) => inData.has(code) || selected.includes(code);
  const option = (code: string, name: string, aliases: readonly string[]): CountryOption => ({
    code,
    name,
    search: normaliseSearch([name, ...aliases, code].join(' ')),
  });
  const sections = SECTIONS.map((s) => ({
    ...s,
    group: null as GroupControl | null,
    options: [] as CountryOption[],
  }));
  const sectionOf = (id: FilterSection['id']) => sections.find((s) => s.id === id) as FilterSection;
  const regionOf = new Map(countries.countries.map((c) => [c.code, SECTION_OF_REGION[c.region]]));

  for (const c of countries.countries)
    if (offered(c.code))
      sectionOf(SECTION_OF_REGION[c.region]).options.push(option(c.code, c.name, c.aliases));
  for (const g of countries.groups) {
    if (g.selectable) {
      if (offered(g.code)) sectionOf('powers').options.push(option(g.code, g.name, g.aliases));
      continue;
    }
    const home = regionOf.get(g.members[0] ?? '');
    if (home === undefined) continue;
    const section = sectionOf(home);
    const members = g.members.filter((m) => section.options.some((o) => o.code === m));
    if (members.length > 1 && section.group === null) section.group = { code: g.code, name: g.name, members };
  }
  for (const s of sections) s.options.sort(byName);
  return sections.filter((s) => s.options.length > 0);
}

/** The sections narrowed to what the search matches; a group control stays when its name does. */
export function narrowSections(sections: readonly FilterSection[], query: string): FilterSection[] {
  const q = normaliseSearch(query);
  if (q === '') return [...sections];
  return sections
    .map((s) => ({
      ...s,
      group: s.group !== null && normaliseSearch(s.group.name).includes(q) ? s.group : null,
      options: s.options.filter((o) => o.search.includes(q)),
    }))
    .filter((s) => s.options.length > 0 || s.group !== null);
}
