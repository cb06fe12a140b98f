/** "Source: “A”; “B”." for the articles behind a chart's records, each named once. */
export function sourceLine(articles: readonly string[], titles: ReadonlyMap<string, string>): string {
  const unique = [...new Set(articles)];
  if (unique.length === 0) return 'Source: none.';
  const named = unique.map((a) => `“${titles.get(a) ?? a}”`);
  return `${unique.length > 1 ? 'Sources' : 'Source'}: ${named.join('; ')}.`;
}
