import { formatCount } from '../lib/formatValue';
import { LazyDetails } from '../ui/LazyDetails';

/** Past this many articles, a source note names these and counts the rest. */
export const SOURCES_NAMED = 3;

/** The articles behind a chart's records, each once, as quoted titles. */
export function sourceTitles(articles: readonly string[], titles: ReadonlyMap<string, string>): string[] {
  return [...new Set(articles)].map((a) => `“${titles.get(a) ?? a}”`);
}

/** "Source: “A”; “B”.": every title, for an exported image's footer. */
export function sourceLine(named: readonly string[]): string {
  if (named.length === 0) return 'Source: none.';
  return `${named.length > 1 ? 'Sources' : 'Source'}: ${named.join('; ')}.`;
}

/** Names up to three sources, then "and N more" opening the full list. */
export function SourceNote({ named }: { named: readonly string[] }) {
  if (named.length <= SOURCES_NAMED) return <>{sourceLine(named)}</>;
  const rest = named.slice(SOURCES_NAMED);
  return (
    <>
      Sources: {named.slice(0, SOURCES_NAMED).join('; ')}
      <LazyDetails className="chart-sources" summary={`and ${formatCount(rest.length)} more`}>
        {() => (
          <ul>
            {rest.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        )}
      </LazyDetails>
    </>
  );
}
