// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTempName, tempPathFor, writeFileAtomic } from '../../../scripts/lib/atomicWrite';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crossroads-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes through a temp file renamed over the target: a new inode, no temp left behind', () => {
    const path = join(dir, 'a.md');
    writeFileSync(path, 'old\n');
    const before = statSync(path).ino;
    writeFileAtomic(path, 'new content\n');
    expect(readFileSync(path, 'utf8')).toBe('new content\n');
    expect(statSync(path).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('names temp files hidden, beside the target, ending in .tmp (ignored by git and the validator)', () => {
    const temp = tempPathFor(join(dir, 'a.md'));
    expect(temp.startsWith(dir)).toBe(true);
    expect(basename(temp)).toMatch(new RegExp(`^\\.a\\.md\\.${process.pid}-[0-9a-f]{8}\\.tmp$`));
    expect(parseTempName(basename(temp))).toEqual({ target: 'a.md', pid: process.pid });
    expect(parseTempName('a.md')).toBeNull();
  });

  it('runs a hook passed in once the temp file is complete, before the target changes', () => {
    const path = join(dir, 'a.md');
    writeFileSync(path, 'old\n');
    const seen: string[] = [];
    writeFileAtomic(path, 'new\n', {
      beforeRename: (temp) => seen.push(readFileSync(temp, 'utf8'), readFileSync(path, 'utf8')),
    });
    expect(seen).toEqual(['new\n', 'old\n']);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
  });

  it('leaves the target as it was and removes the temp file when the rename fails', () => {
    const path = join(dir, 'taken');
    mkdirSync(path);
    writeFileSync(join(path, 'inside.txt'), 'keep');
    expect(() => writeFileAtomic(path, 'content')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(path, 'inside.txt'), 'utf8')).toBe('keep');
  });
});
