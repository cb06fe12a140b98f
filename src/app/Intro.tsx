/**
 * What the page is, in a sentence. index.html carries the same header and paragraph as static
 * markup, so they paint as soon as the stylesheet arrives, before any script has run; React then
 * renders these in their place, identical, so nothing moves. Keep the two in step (a unit test
 * compares them).
 */
export const TAGLINE =
  'Figures in the news on Central Asia and the Middle East, each traced to its sentence.';
export const LEDE =
  'Every number here was read from a news article and is kept as data with its source: the map shows the projects and places the articles name, the charts their figures, and each mark opens the sentence it came from.';

export function Brand() {
  return (
    <div className="brand">
      <h1>Crossroads</h1>
      <p className="tagline">{TAGLINE}</p>
    </div>
  );
}

export function Lede() {
  return <p className="lede">{LEDE}</p>;
}
