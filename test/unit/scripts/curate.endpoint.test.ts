// @vitest-environment node
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addCountry } from '../../../scripts/lib/curate/countries';
import { createEndpoint } from '../../../scripts/lib/curate/endpoint';
import { refuseRequest } from '../../../scripts/lib/curate/guard';
import {
  type CurateSession,
  dataHashes,
  hashText,
  saveRecord,
  undoLastSave,
} from '../../../scripts/lib/curate/records';
import { validateDir } from '../../../scripts/lib/validateDir';
import { TOKEN_HEADER } from '../../../src/curate/model/channel';
import { WORKERS } from '../curate/fixtures';
import { buildDataDir, removeDataDirs } from '../data/fixtureDataset';

afterAll(removeDataDirs);

const ORIGINS = ['http://127.0.0.1:5173', 'http://localhost:5173'];
const TOKEN = 'a'.repeat(48);
const request = (headers: Record<string, string>, method = 'POST') => ({
  method,
  headers: {
    host: '127.0.0.1:5173',
    origin: 'http://127.0.0.1:5173',
    'content-type': 'application/json',
    [TOKEN_HEADER]: TOKEN,
    ...headers,
  },
});
const status = (headers: Record<string, string>, method?: string) =>
  refuseRequest(request(headers, method), TOKEN, ORIGINS)?.status ?? 'allowed';

describe('the endpoint guard', () => {
  it('lets the workbench page through', () => {
    expect(status({})).toBe('allowed');
  });
  it('refuses a request without the token, or with another one', () => {
    const { [TOKEN_HEADER]: _, ...without } = request({}).headers;
    expect(refuseRequest({ method: 'POST', headers: without }, TOKEN, ORIGINS)?.status).toBe(403);
    expect(status({ [TOKEN_HEADER]: 'b'.repeat(48) })).toBe(403);
    expect(status({ [TOKEN_HEADER]: 'short' })).toBe(403);
  });
  it('refuses another origin, a missing origin and a rebinding host', () => {
    expect(status({ origin: 'http://evil.example' })).toBe(403);
    expect(status({ origin: 'http://127.0.0.1:9999' })).toBe(403);
    expect(status({ origin: 'null' })).toBe(403);
    const { origin: _, ...noOrigin } = request({}).headers;
    expect(refuseRequest({ method: 'POST', headers: noOrigin }, TOKEN, ORIGINS)?.status).toBe(403);
    expect(status({ host: 'evil.example:5173' })).toBe(403);
  });
  it('accepts JSON only, and only POST', () => {
    expect(status({ 'content-type': 'text/plain' })).toBe(415);
    expect(status({ 'content-type': 'application/x-www-form-urlencoded' })).toBe(415);
    expect(status({}, 'GET')).toBe(405);
  });
});

function session(): CurateSession {
  return { dir: buildDataDir(), undo: [] };
}
const read = (s: CurateSession, file: string) => readFileSync(join(s.dir, file), 'utf8');
const hashOf = (s: CurateSession, file: string) => hashText(read(s, file));
const snapshot = (s: CurateSession) =>
  readdirSync(s.dir)
    .filter((n) => !n.startsWith('.'))
    .map((n) => (n === 'articles' ? n : `${n}:${hashOf(s, n)}`));

describe('saving a record', () => {
  it('writes a valid record to figures.json, formatted, after the records of its article', () => {
    const s = session();
    const reply = saveRecord(s, {
      kind: 'figure',
      originalId: null,
      record: WORKERS,
      baseHash: hashOf(s, 'figures.json'),
    });
    expect(reply.status).toBe(200);
    const text = read(s, 'figures.json');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const ids = (JSON.parse(text) as { figures: { id: string; source: { article: string } }[] }).figures;
    const at = ids.findIndex((f) => f.id === WORKERS.id);
    expect(ids[at - 1]?.source.article).toBe(WORKERS.source.article);
    expect(validateDir(s.dir).problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(readdirSync(s.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to change a record in a file changed since, answering with the record as it is now', () => {
    const s = session();
    const base = hashOf(s, 'figures.json');
    const figures = JSON.parse(read(s, 'figures.json')) as { figures: Record<string, unknown>[] };
    const first = figures.figures[0] as { id: string; note: string | null };
    const theirs = { ...first, note: 'changed in another tab' };
    figures.figures[0] = theirs;
    writeFileSync(join(s.dir, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
    const before = snapshot(s);
    const mine = { ...first, label: 'My label' };
    const reply = saveRecord(s, { kind: 'figure', originalId: first.id, record: mine, baseHash: base });
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ error: 'stale', current: theirs, hash: hashOf(s, 'figures.json') });
    expect(snapshot(s)).toEqual(before);
  });

  it('adds a new record to a file changed since the form opened: nothing of the other change is lost', () => {
    const s = session();
    const base = hashOf(s, 'figures.json');
    writeFileSync(
      join(s.dir, 'figures.json'),
      read(s, 'figures.json').replace('"note": null', '"note": "theirs"'),
    );
    const reply = saveRecord(s, { kind: 'figure', originalId: null, record: WORKERS, baseHash: base });
    expect(reply.status).toBe(200);
    expect(read(s, 'figures.json')).toContain('"note": "theirs"');
    expect(read(s, 'figures.json')).toContain(WORKERS.id);
  });

  it('refuses an invalid record with its problems by field, and writes nothing', () => {
    const s = session();
    const before = snapshot(s);
    const bad = { ...WORKERS, subject: 'XYZ', source: { ...WORKERS.source, quote: 'employs many workers' } };
    const reply = saveRecord(s, {
      kind: 'figure',
      originalId: null,
      record: bad,
      baseHash: hashOf(s, 'figures.json'),
    });
    expect(reply.status).toBe(422);
    const fields = (reply.body as { problems: { field: string }[] }).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['subject', 'source.quote', 'value']));
    expect(snapshot(s)).toEqual(before);
  });

  it('takes the file from the record kind only: a path in the request is refused and nothing is written', () => {
    const s = session();
    const before = snapshot(s);
    const base = hashOf(s, 'figures.json');
    for (const body of [
      { kind: '../../etc/passwd', originalId: null, record: WORKERS, baseHash: base },
      { kind: 'countries', originalId: null, record: WORKERS, baseHash: base },
      { kind: 'figure', originalId: null, record: WORKERS, baseHash: base, file: '../outside.json' },
      { kind: 'constructor', originalId: null, record: WORKERS, baseHash: base },
    ]) {
      const reply = saveRecord(s, body);
      expect(reply.status).toBe(400);
    }
    expect(snapshot(s)).toEqual(before);
    expect(existsSync(join(s.dir, '..', 'outside.json'))).toBe(false);
  });

  it('removes a record, and undo restores the file byte for byte', () => {
    const s = session();
    const original = read(s, 'events.json');
    const id = (JSON.parse(original) as { events: { id: string }[] }).events[0]?.id ?? '';
    const reply = saveRecord(s, {
      kind: 'event',
      originalId: id,
      record: null,
      baseHash: hashText(original),
    });
    expect(reply.status).toBe(200);
    expect(read(s, 'events.json')).not.toContain(`"${id}"`);
    expect((dataHashes(s).body as { undo: string }).undo).toBe(`the removal of event ${id} in events.json`);
    expect(undoLastSave(s).status).toBe(200);
    expect(read(s, 'events.json')).toBe(original);
    expect(undoLastSave(s).status).toBe(404);
  });

  it('does not undo over a change made since the save', () => {
    const s = session();
    saveRecord(s, { kind: 'figure', originalId: null, record: WORKERS, baseHash: hashOf(s, 'figures.json') });
    writeFileSync(join(s.dir, 'figures.json'), `${read(s, 'figures.json')} `);
    const changed = read(s, 'figures.json');
    expect(undoLastSave(s).status).toBe(409);
    expect(read(s, 'figures.json')).toBe(changed);
  });
});

describe('saving into a file with a broken record', () => {
  it('keeps the record the reader leaves out, and saves the new one beside it', () => {
    const s: CurateSession = { dir: buildDataDir('schema-violation'), undo: [] };
    const before = read(s, 'figures.json');
    const brokenIds = (JSON.parse(before) as { figures: { id: string }[] }).figures.map((f) => f.id);
    const reply = saveRecord(s, {
      kind: 'figure',
      originalId: null,
      record: WORKERS,
      baseHash: hashText(before),
    });
    expect(reply.status).toBe(200);
    const after = (JSON.parse(read(s, 'figures.json')) as { figures: { id: string }[] }).figures.map(
      (f) => f.id,
    );
    expect(after).toEqual(expect.arrayContaining([...brokenIds, WORKERS.id]));
    expect(after).toHaveLength(brokenIds.length + 1);
  });
});

describe('the endpoint over HTTP', () => {
  it('answers only the routes of its table: an inherited name is 404, and no answer names a path', async () => {
    const dir = buildDataDir();
    rmSync(join(dir, 'events.json'));
    mkdirSync(join(dir, 'events.json'));
    let origin = '';
    const endpoint = createEndpoint({ dir, token: TOKEN, origins: () => [origin], onWrite: () => {} });
    const server = createServer((req, res) => void endpoint(req, res));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const post = async (route: string, body: unknown) => {
      const response = await fetch(`${origin}/__curate/${route}`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
        body: JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    };
    try {
      for (const route of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
        expect((await post(route, {})).status).toBe(404);
      expect((await post('hashes', {})).status).toBe(200);
      // events.json is a folder here: a clear refusal, and the machine's path is not in it.
      const odd = await post('save', { kind: 'event', originalId: null, record: {}, baseHash: '' });
      expect(odd.status).toBe(422);
      expect(odd.text).toMatch(/events\.json cannot be read \(this is a folder/);
      expect(odd.text).not.toContain(dir);
    } finally {
      server.close();
    }
  });
});

describe('a data folder without figures.json', () => {
  it('takes its first figure, creating the file, and undo leaves it empty of records', () => {
    const s = session();
    rmSync(join(s.dir, 'figures.json'));
    expect((dataHashes(s).body as { hashes: { figures: string } }).hashes.figures).toBe('');
    const reply = saveRecord(s, { kind: 'figure', originalId: null, record: WORKERS, baseHash: '' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(read(s, 'figures.json'))).toEqual({ figures: [WORKERS] });
    expect(validateDir(s.dir).problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(undoLastSave(s).status).toBe(200);
    expect(JSON.parse(read(s, 'figures.json'))).toEqual({ figures: [] });
  });
});

describe('a symlinked data file', () => {
  it('is written through to its target, which keeps its permissions; the link stays a link', () => {
    const s = session();
    const real = join(s.dir, '..', `real-${Date.now()}`);
    mkdirSync(real);
    renameSync(join(s.dir, 'figures.json'), join(real, 'figures.json'));
    chmodSync(join(real, 'figures.json'), 0o664);
    symlinkSync(join(real, 'figures.json'), join(s.dir, 'figures.json'));
    const reply = saveRecord(s, {
      kind: 'figure',
      originalId: null,
      record: WORKERS,
      baseHash: hashOf(s, 'figures.json'),
    });
    expect(reply.status).toBe(200);
    expect(lstatSync(join(s.dir, 'figures.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(real, 'figures.json'), 'utf8')).toContain(WORKERS.id);
    expect(statSync(join(real, 'figures.json')).mode & 0o777).toBe(0o664);
    rmSync(real, { recursive: true, force: true });
  });
});

describe('adding a country', () => {
  it('adds an ISO country with its region, aliases and the basemap anchor, once; undo names it', () => {
    const s = session();
    const reply = addCountry(s, 'public/basemap.json', { code: 'ARM', region: 'caucasus' });
    expect(reply.status).toBe(200);
    const added = (JSON.parse(read(s, 'countries.json')) as { countries: { code: string }[] }).countries.find(
      (c) => c.code === 'ARM',
    );
    expect(added).toMatchObject({
      name: 'Armenia',
      region: 'caucasus',
      aliases: expect.arrayContaining(['Yerevan']),
    });
    expect(JSON.stringify(reply.body)).toMatch(/basemap’s label point/);
    expect(validateDir(s.dir).problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(addCountry(s, 'public/basemap.json', { code: 'ARM', region: 'caucasus' }).status).toBe(409);
    expect(addCountry(s, 'public/basemap.json', { code: 'XYZ', region: 'caucasus' }).status).toBe(400);
    expect(addCountry(s, 'public/basemap.json', { code: 'GEO', region: 'atlantis' }).status).toBe(400);
    expect((dataHashes(s).body as { undo: string }).undo).toBe('the addition of Armenia to countries.json');
  });

  it('falls back to the ISO table’s point, and says so, where the basemap has no shape', () => {
    const s = session();
    const reply = addCountry(s, join(s.dir, 'no-basemap.json'), { code: 'GEO', region: 'caucasus' });
    expect(reply.status).toBe(200);
    expect(JSON.stringify(reply.body)).toMatch(/ISO table’s point.*check it/);
  });
});
