import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Crossroads renders text that comes from outside (article bodies, names, quotes). It must never
// reach an HTML parser: React text nodes and Leaflet layers with React children only.
const SINKS: [RegExp, string][] = [
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
  [/\.(inner|outer)HTML\b/, 'innerHTML/outerHTML'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
  [/\bdocument\.write(ln)?\s*\(/, 'document.write'],
  [/\.bind(Popup|Tooltip)\s*\(/, 'Leaflet bindPopup/bindTooltip (takes HTML strings)'],
  [/\.setContent\s*\(/, 'Leaflet setContent (takes HTML strings)'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment'],
  [/\bDOMParser\b/, 'DOMParser'],
  [/\bnew Function\s*\(|\beval\s*\(/, 'eval / new Function'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function findSinks(files: { path: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { path, text } of files) {
    text.split('\n').forEach((line, i) => {
      for (const [pattern, name] of SINKS) if (pattern.test(line)) found.push(`${path}:${i + 1}: ${name}`);
    });
  }
  return found;
}

describe('no HTML-string sinks in src/', () => {
  it('finds none in the app source', () => {
    const files = sourceFiles('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(10);
    expect(findSinks(files)).toEqual([]);
  });

  it('catches each kind of sink, so the scan above can fail', () => {
    const bad = [
      'el.innerHTML = title;',
      '<div dangerouslySetInnerHTML={{ __html: body }} />',
      "layer.bindPopup('<b>' + name + '</b>');",
      'popup.setContent(html);',
      "node.insertAdjacentHTML('beforeend', quote);",
      'document.write(x);',
    ].map((text, i) => ({ path: `bad${i}.ts`, text }));
    expect(findSinks(bad)).toHaveLength(bad.length);
  });
});
