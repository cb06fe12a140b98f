import { checkStatedValues } from '../checkDataset';
import { type Article, type Figure, figureSchema } from '../schema';
import type { FigureCandidate } from './candidates';
import type { QualifierWord } from './clues';
import { guessKind } from './kinds';
import { composeLabel } from './labels';
import { chooseCountries, mainCountry } from './subjects';

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
  /** When only the subject is missing: every other field as drafted, and what was guessed. */
  partial?: Omit<Figure, 'id' | 'label' | 'subject'>;
  guesses?: DraftGuess[];
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
  /** Codes of groups (CAS, EUU): never the subject when the clause names a country as well. */
  groupCodes?: ReadonlySet<string>;
  /** Ids already in figures.json: drafted ids avoid them. */
  existingIds?: ReadonlySet<string>;
  /** The country the headline is about ("Kazakhstan's trade with China jumps"), when it names one. */
  articleSubject?: string | null;
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

const PORTFOLIO =
  /\b((?:\d[\d,]*|[a-z]+)\s+projects)\s+worth\s+(?:(?:about|around|some|nearly|over|more than)\s+)?$/i;

export function draftFigures(
  article: Article,
  candidates: readonly FigureCandidate[],
  options: DraftOptions,
): Draft {
  const draft: Draft = { figures: [], guesses: [], skipped: [] };
  const taken = new Set(options.existingIds ?? []);
  const groups = options.groupCodes ?? new Set<string>();
  const main = options.articleSubject ?? mainCountry(candidates, groups);
  const published = article.published;
  const publishedYear = published === null ? null : Number(published.slice(0, 4));
  const name = (code: string) => options.names.get(code) ?? code;
  for (const c of candidates) {
    const guesses: DraftGuess[] = [];
    const guess = (field: keyof Figure, why: string) => guesses.push({ id: '', field, why });
    const kind = guessKind(c);
    guess('kind', `"${kind.kind}" ${kind.why}`);
    const who = chooseCountries(c, kind.kind, main, groups);
    // With no subject, everything else is still drafted, for the curator to complete (`partial`).
    const subject = who.subject ?? 'XXX';
    const counterpart = who.subject === null ? null : who.counterpart;
    if (who.subject !== null) guess('subject', who.why);
    if (who.subject !== null && counterpart !== null)
      guess('counterpart', `${counterpart}: ${who.counterpartWhy}`);
    const qualifier = c.qualifier === null ? null : QUALIFIERS[c.qualifier];
    const notes: string[] = [];
    if (c.qualifier === 'up to') notes.push('The article gives this as an upper bound ("up to").');
    if (c.qualifier !== null && c.qualifier !== qualifier)
      guess('qualifier', `"${c.qualifier}" in the article, recorded as ${JSON.stringify(qualifier)}`);
    let year = c.year;
    if (year === null && c.relativeYear !== null) {
      if (c.relativeYear.year === null)
        guess('year', `"${c.relativeYear.words}" left empty: the article has no date to read it against`);
      else {
        year = c.relativeYear.year;
        guess('year', `${year}: "${c.relativeYear.words}" read against the article's date ${published}`);
      }
    }
    const period = c.period ?? undefined;
    if (period !== undefined && year === null) {
      year = Number(period.end.slice(0, 4));
      guess('year', `${year}: the year of the period`);
    }
    if (c.periodNote !== null) guess('period', c.periodNote);
    if (year !== null && publishedYear !== null && year > publishedYear) {
      notes.push(`A forecast or target for ${year}.`);
      guess('year', `the article gives ${year}, after its own date: kept in the note, year left null`);
      year = null;
    }
    const asOf = c.asOf !== null && (published === null || c.asOf <= published) ? c.asOf : null;
    let measure = measureFor(kind.kind, c);
    const portfolio = PORTFOLIO.exec(
      c.sentence.slice(Math.max(0, c.offsetInSentence - 60), c.offsetInSentence),
    );
    if (kind.kind === 'investment' && portfolio?.[1] !== undefined) measure = portfolio[1];
    if (measure !== undefined && c.measure === null && portfolio === null)
      guess('measure', `"${measure}": no words name what is counted`);
    const flow = kind.kind === 'trade' && c.flow !== null ? c.flow : undefined;
    if (flow !== undefined) guess('flow', `"${flow}" from the words before the amount`);
    const growth = kind.kind === 'growth' ? c.growth : null;
    const value = growth?.sign === -1 ? -c.value : c.value;
    if (value < 0) guess('value', 'negative: the words say it fell');
    const comparedWith = growth?.comparedWith ?? undefined;
    if (c.currencyChoices.length > 1)
      guess(
        'unit',
        `"${c.text}" can be ${c.currencyChoices.join(' or ')} and nothing in the article says which: ${kind.unit} chosen`,
      );
    const label = composeLabel({
      kind: kind.kind,
      subject: name(subject),
      counterpart: counterpart === null ? null : name(counterpart),
      ...(flow === undefined ? {} : { flow }),
      ...(measure === undefined ? {} : { measure }),
      ...(period === undefined ? {} : { period }),
      ...(kind.kind === 'growth' && c.flow !== null ? { flow: c.flow } : {}),
    });
    guess('label', 'composed from the kind, the countries and the period: check it reads right');
    let k = 1;
    const stem = `${article.id.slice(0, 70).replace(/-+$/, '')}-${kind.kind}-${subject.toLowerCase()}`;
    while (taken.has(`${stem}-${k}`)) k++;
    const id = `${stem}-${k}`;
    const base: Figure = {
      id,
      kind: kind.kind,
      label,
      value,
      ...(c.high === null ? {} : { valueHigh: c.high }),
      unit: kind.unit,
      ...(measure === undefined ? {} : { measure }),
      year,
      asOf,
      ...(period === undefined ? {} : { period }),
      ...(flow === undefined ? {} : { flow }),
      ...(comparedWith === undefined ? {} : { comparedWith: comparedWith.slice(0, 100) }),
      qualifier,
      reportedBy: c.attribution,
      subject,
      counterpart,
      note: notes.length === 0 ? null : notes.join(' ').slice(0, 300),
      source: { article: article.id, quote: c.quote },
    };
    // The clause is the shortest quote; if the validator cannot read the value (or the period)
    // from it, the whole sentence is; failing that, the record goes without its period.
    const { period: _, ...withoutPeriod } = base;
    if (who.subject === null) {
      const { id: _id, label: _label, subject: _subject, ...partial } = base;
      draft.skipped.push({ text: c.text, paragraph: c.paragraph, why: who.why, partial, guesses });
      continue;
    }
    const record: Figure | undefined = [base, withoutPeriod as Figure]
      .flatMap((r) => [r, { ...r, source: { article: article.id, quote: c.sentence } }])
      .find(isValid);
    if (record === undefined) {
      draft.skipped.push({
        text: c.text,
        paragraph: c.paragraph,
        why: 'no quote states the value in its unit',
      });
      continue;
    }
    if (period !== undefined && record.period === undefined)
      guess('period', `left out: no quote that states the value also states ${period.start}–${period.end}`);
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
function measureFor(kind: Figure['kind'], c: FigureCandidate): string | undefined {
  if (kind !== 'count') return c.measure ?? undefined;
  const words = c.kind === 'quantity' ? [c.unit, c.measure === null ? null : `of ${c.measure}`] : [c.measure];
  const text = words.filter((w) => w !== null).join(' ');
  return (text === '' ? 'items' : text).slice(0, 100);
}
