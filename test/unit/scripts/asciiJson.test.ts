import { describe, expect, it } from 'vitest';
import { asciiJson } from '../../../scripts/lib/asciiJson';
import { dataFileBody } from '../../../scripts/lib/dataFolder';

const ASCII = /^[\x20-\x7e]*$/;

describe('asciiJson', () => {
  it('writes every character outside ASCII as an escape, and reads back as the same value', () => {
    const value = {
      quote: 'It’s “the corridor” — café, Ürümqi, 😀',
      control: 'tab\there, NUL \u0000, backslash \\ and "quotes"',
      list: [1, 2.5, null, true, 'Қазақстан'],
    };
    const text = asciiJson(value);
    expect(text).toMatch(ASCII);
    expect(text).toContain('\\u2019');
    expect(text).toContain('\\ud83d\\ude00');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('is what the build serves: the seed’s data files (its projects and events hold curly quotes) and article index', () => {
    for (const name of ['projects.geojson', 'events.json', 'figures.json', 'article-index.json']) {
      const body = dataFileBody('data', name, true);
      if (body === null) throw new Error(`no ${name}`);
      const text = body.toString();
      expect(text, name).toMatch(ASCII);
      expect(JSON.parse(text), name).toBeTruthy();
    }
  });
});
