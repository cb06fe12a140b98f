import { checkStatedValues } from '../checkDataset';
import { type Article, type Figure, type FigureKind, figureSchema } from '../schema';
import type { FigureCandidate } from './candidates';
import type { QualifierWord } from './clues';
import { guessKind, KIND_LABELS } from './kinds';

// Turns extract's candidates into figure records a curator can paste into figures.json: each
// passes the schema and the validator's figure checks as drafted, and every field the extractor
// had to guess is listed so the curator knows what to check. Pure and free of node imports: the
// CLI (`extract --draft`) and the browser workbench both call it.

export interface DraftGuess {
  id: string;
  field: keyof Figure;
  why: string;
}

export interface DraftSkip {
  text: string;
  paragraph: number;
  why: string;
}

export interface Draft {
  figures: Figure[];
  guesses: DraftGuess[];
  /** Candidates no valid record could be drafted for, with the reason. */
  skipped: DraftSkip[];
}

export interface DraftOptions {
  /** Country and group names by code, for labels. */
  names: ReadonlyMap<string, string>;
  /** Ids already in figures.json: drafted ids avoid them. */
  existingIds?: ReadonlySet<string>;
}

const QUALIFIERS: Record<QualifierWord, Figure['qualifier']> = {
  approximately: 'around',
  nearly: 'around',
  almost: 'around',
  about: 'around',
  around: 'around',
  roughly: 'around',
  some: 'around',
  'more than': 'more than',
  over: 'more than',
  'at least': 'more than',
  'up to': null,
  estimated: 'estimated',
};

/** The code named most often across the candidates: the article's main country. */
function mainCountry(candidates: readonly FigureCandidate[]): string | null {
  const counts = new Map<string, number>();
  for (const c of candidates) for (const code of c.countries) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function draftFigures(
  article: Article,
  candidates: readonly FigureCandidate[],
  options: DraftOptions,
): Draft {
  const draft: Draft = { figures: [], guesses: [], skipped: [] };
  const taken = new Set(options.existingIds ?? []);
  const main = mainCountry(candidates);
  const publishedYear = article.published === null ? null : Number(article.published.slice(0, 4));
  const name = (code: string) => options.names.get(code) ?? code;
  for (const c of candidates) {
    const kind = guessKind(c);
    const guess = (field: keyof Figure, why: string) => guesses.push({ id: '', field, why });
    const guesses: DraftGuess[] = [];
    guess('kind', `"${kind.kind}" ${kind.why}`);
    const subject = c.listLine && main !== null ? main : (c.countries[0] ?? main);
    if (subject === null) {
      draft.skipped.push({ text: c.text, paragraph: c.paragraph, why: 'no country is named in the article' });
      continue;
    }
    const counterpart = c.countries.find((code) => code !== subject) ?? null;
    guess(
      'subject',
      c.listLine || c.countries[0] !== subject
        ? `${subject}: the country the article names most`
        : `${subject}: named first in the quote's clause or sentence`,
    );
    if (counterpart !== null) guess('counterpart', `${counterpart}: the next country the sentence names`);
    const qualifier = c.qualifier === null ? null : QUALIFIERS[c.qualifier];
    const notes: string[] = [];
    if (c.qualifier === 'up to') notes.push('The article gives this as an upper bound ("up to").');
    if (c.qualifier !== null && c.qualifier !== qualifier)
      guess('qualifier', `"${c.qualifier}" in the article, recorded as ${JSON.stringify(qualifier)}`);
    let year = c.year;
    if (year !== null && publishedYear !== null && year > publishedYear) {
      notes.push(`A forecast or target for ${year}.`);
      guess('year', `the article gives ${year}, after its own date: kept in the note, year left null`);
      year = null;
    }
    const asOf =
      c.asOf !== null && (article.published === null || c.asOf <= article.published) ? c.asOf : null;
    const measure = measureFor(kind.kind, c);
    if (measure !== undefined && c.measure === null)
      guess('measure', `"${measure}": no words name what is counted`);
    const label = `${KIND_LABELS[kind.kind]}: ${name(subject)}${counterpart === null ? '' : ` and ${name(counterpart)}`}${measure === undefined ? '' : ` (${measure})`}`;
    guess('label', 'made from the kind and the countries: write a better one');
    let k = 1;
    const stem = `${article.id.slice(0, 80).replace(/-+$/, '')}-${kind.kind}`;
    while (taken.has(`${stem}-${k}`)) k++;
    const id = `${stem}-${k}`;
    const base: Figure = {
      id,
      kind: kind.kind,
      label: label.slice(0, 200),
      value: c.value,
      ...(c.high === null ? {} : { valueHigh: c.high }),
      unit: kind.unit,
      ...(measure === undefined ? {} : { measure }),
      year,
      asOf,
      qualifier,
      reportedBy: c.attribution,
      subject,
      counterpart,
      note: notes.length === 0 ? null : notes.join(' ').slice(0, 300),
      source: { article: article.id, quote: c.quote },
    };
    // The clause is the shortest quote; if the validator cannot read the value from it, the
    // whole sentence is.
    const record = [base, { ...base, source: { article: article.id, quote: c.sentence } }].find(isValid);
    if (record === undefined) {
      draft.skipped.push({
        text: c.text,
        paragraph: c.paragraph,
        why: 'no quote states the value in its unit',
      });
      continue;
    }
    taken.add(id);
    draft.figures.push(record);
    draft.guesses.push(...guesses.map((g) => ({ ...g, id })));
  }
  return draft;
}

function isValid(figure: Figure): boolean {
  let ok = figureSchema.safeParse(figure).success;
  if (!ok) return false;
  checkStatedValues(figure, () => {
    ok = false;
  });
  return ok;
}

/** What a count of things counts: the article's words, with a quantity's unit in front. */
function measureFor(kind: FigureKind, c: FigureCandidate): string | undefined {
  if (kind !== 'count') return c.measure ?? undefined;
  const words = c.kind === 'quantity' ? [c.unit, c.measure === null ? null : `of ${c.measure}`] : [c.measure];
  const text = words.filter((w) => w !== null).join(' ');
  return (text === '' ? 'items' : text).slice(0, 100);
}
