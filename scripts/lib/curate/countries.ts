import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoCountry } from '../../../src/curate/countries/isoTable';
import { formatDataFile } from '../../../src/curate/model/recordFiles';
import { readDataFile } from '../../../src/data/dataFiles';
import { DATA_FILES } from '../../../src/data/dataFileTable';
import { isRecord } from '../../../src/data/problem';
import { DATA_ORDER, type DatasetReads, finishDataset } from '../../../src/data/readDataset';
import { type Country, regionSchema } from '../../../src/data/schema';
import { writeFileAtomic } from '../atomicWrite';
import { readTextFile } from '../readText';
import { validateDir } from '../validateDir';
import type { CurateSession } from './records';
import { hashText } from './records';
import { ok, type Reply, refuse } from './reply';

// Adding a country to countries.json in one step: name and aliases from the ISO table, the anchor
// from the basemap's own label point for the country (the table's point when the basemap has no
// shape for it, and the reply says so), the region as the curator chose it.

/** Label points of the basemap's countries, by code. */
function basemapAnchors(path: string): Map<string, [number, number]> {
  const anchors = new Map<string, [number, number]>();
  if (!existsSync(path)) return anchors;
  const topo = JSON.parse(readFileSync(path, 'utf8')) as {
    objects?: { countries?: { geometries?: { properties?: { code?: string; label?: [number, number] } }[] } };
  };
  for (const g of topo.objects?.countries?.geometries ?? [])
    if (g.properties?.code && g.properties.label) anchors.set(g.properties.code, g.properties.label);
  return anchors;
}

export function addCountry(session: CurateSession, basemap: string, body: unknown): Reply {
  if (!isRecord(body)) return refuse(400, 'bad-request', 'the request is not a JSON object');
  const { code, region } = body;
  const iso = typeof code === 'string' ? isoCountry(code) : undefined;
  if (iso === undefined) return refuse(400, 'bad-request', 'code must be an ISO 3166 alpha-3 code (ARM)');
  const chosen = regionSchema.safeParse(region);
  if (!chosen.success)
    return refuse(400, 'bad-request', `region must be one of ${regionSchema.options.join(', ')}`);
  const { file } = DATA_FILES.countries;
  const path = join(session.dir, file);
  if (!existsSync(path)) return refuse(404, 'not-found', `the data folder has no ${file}`);
  const before = readTextFile(path);
  const read = readDataFile('countries', before);
  if (read.data === null)
    return refuse(422, 'invalid', `${file} cannot be read; fix it first (npm run validate)`);
  if ([...read.data.countries, ...read.data.groups].some((c) => c.code === iso.code))
    return refuse(409, 'conflict', `${iso.code} is already in ${file}`);
  const fromBasemap = basemapAnchors(basemap).get(iso.code);
  const entry: Country = {
    code: iso.code,
    name: iso.name,
    region: chosen.data,
    anchor: fromBasemap ?? iso.point,
    aliases: iso.aliases,
  };
  const content = JSON.parse(before.replace(/^\uFEFF/, '')) as { countries: unknown[] };
  const text = formatDataFile({ ...content, countries: [...content.countries, entry] });
  const { kept } = validateDir(session.dir);
  const after = readDataFile('countries', text);
  const reads = Object.fromEntries(
    DATA_ORDER.map((k) => [k, { data: kept[k], problems: [] }]),
  ) as unknown as DatasetReads;
  const problems = finishDataset({ ...reads, countries: after }).problems.filter(
    (p) => p.file === file && p.level === 'error' && p.record === iso.code,
  );
  if (after.data === null || problems.length > 0)
    return refuse(422, 'invalid', `${iso.code} would not validate in ${file}`, [
      ...after.problems,
      ...problems,
    ]);
  writeFileAtomic(path, text);
  session.undo.push({
    what: `the addition of ${iso.name} to ${file}`,
    files: [{ path, file, restore: before, afterHash: hashText(text) }],
  });
  const anchor = fromBasemap
    ? 'anchor at the basemap’s label point'
    : 'anchor at the ISO table’s point, since the basemap has no shape for it: check it';
  return ok({ file, country: entry, note: `Added ${iso.name} (${iso.code}) to ${file}, ${anchor}.` });
}
