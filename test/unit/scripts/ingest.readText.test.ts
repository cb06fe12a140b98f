// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstInvalidUtf8, readTextFile } from '../../../scripts/lib/readText';

const dir = mkdtempSync(join(tmpdir(), 'crossroads-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const text = 'Tehran – “ё” 224 deaths\nline two\n';

describe('readTextFile', () => {
  it('reads UTF-8 with or without a byte-order mark, and UTF-16 with one', () => {
    expect(readTextFile(file('plain', Buffer.from(text)))).toBe(text);
    expect(readTextFile(file('bom', Buffer.from(`\uFEFF${text}`)))).toBe(text);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(readTextFile(file('le', le))).toBe(text);
    const be = Buffer.from(le).swap16();
    expect(readTextFile(file('be', be))).toBe(text);
  });

  it('refuses Latin-1 with the byte and line, and hints at UTF-16 without a mark', () => {
    const latin1 = file('latin1', Buffer.from('ok\ncaf\xe9\n', 'latin1'));
    expect(() => readTextFile(latin1)).toThrow(
      `${latin1}: the file is not valid UTF-8 (byte 0xE9 on line 2)`,
    );
    const utf16 = file('utf16', Buffer.from('\u00e9t\u00e9', 'utf16le'));
    expect(() => readTextFile(utf16)).toThrow(/looks like UTF-16 without a byte-order mark/);
  });

  it('refuses a NUL character, naming its line: binary, or UTF-16 without a byte-order mark', () => {
    const nul = file('nul', Buffer.from('one\ntw\u0000o\n'));
    expect(() => readTextFile(nul)).toThrow(`${nul}: the file contains a NUL character (U+0000) on line 2`);
    const ascii16 = file('ascii16', Buffer.from('plain words', 'utf16le'));
    expect(() => readTextFile(ascii16)).toThrow(/UTF-16 without a byte-order mark/);
  });

  it('says plainly when the path is missing or a folder', () => {
    expect(() => readTextFile(join(dir, 'missing.txt'))).toThrow(`${join(dir, 'missing.txt')}: no such file`);
    expect(() => readTextFile(dir)).toThrow(`${dir}: this is a folder, not a file`);
  });
});

describe('firstInvalidUtf8', () => {
  it('agrees with a strict decoder on valid and invalid sequences', () => {
    const cases = [
      [0x41],
      [0xc3, 0xa9],
      [0xf0, 0x9f, 0x98, 0x80],
      [0x41, 0xe9, 0x42],
      [0xc0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xe2, 0x82],
      [0xe0, 0x80, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ];
    for (const bytes of cases) {
      const valid = (() => {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
          return true;
        } catch {
          return false;
        }
      })();
      expect(firstInvalidUtf8(new Uint8Array(bytes)) === null, bytes.join(' ')).toBe(valid);
    }
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe9, 0x42]))).toBe(1);
  });
});
