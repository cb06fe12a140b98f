import type { DroppedLine } from '../../src/data/page/pageHead';

// What `ingest --explain` prints: every line that is not in an article body, with the rule that
// took it out, so a user can check that no article text was lost.

const WHERE: Partial<Record<DroppedLine['rule'], string>> = {
  title: 'front matter: title',
  byline: 'front matter: byline',
  'date-line': 'front matter: date, or a repeated date line',
  'related-header': 'front matter: publisher and time of a related article',
};

export function formatDropped(page: string, dropped: readonly DroppedLine[]): string {
  const width = Math.max(4, ...dropped.map((d) => d.rule.length));
  const lines = [...dropped]
    .sort((a, b) => a.line - b.line)
    .map((d) => {
      const where = WHERE[d.rule];
      return `${String(d.line).padStart(5)}  ${d.rule.padEnd(width)}  ${JSON.stringify(d.text)}${where === undefined ? '' : `  → ${where}`}`;
    });
  return `${page}: ${dropped.length} line(s) not in any article body\n${lines.join('\n')}\n`;
}
