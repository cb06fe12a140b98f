import type { Dataset } from '../data/checkDataset';
import { namesByCode } from '../data/countryNames';
import type { FigureCandidate, FindCountries } from '../data/extract/candidates';
import { countryFinder } from '../data/extract/countryFinder';
import type { Draft as FigureDraft } from '../data/extract/draft';
import { draftArticle } from '../data/extract/draftArticle';
import { type Candidate, extractCandidates } from '../data/extract/recordedNumbers';
import { slugify } from '../data/page/splitPage';
import type { Article, Figure } from '../data/schema';
import type { RecordKind } from '../state/selectionSlice';
import { type FormValues, fromRecord } from './form/formValues';

// What the workbench lists for an article, each item ready to open as a prefilled form:
// - figures: extract's own draft records (src/data/extract/draft.ts), with the fields it guessed;
// - dates: an event drafted here (extract drafts no events), its label and countries guessed.
// Whether a number is already captured comes from extract's candidate list, as in the CLI.

export interface Pick {
  /** Offset of `text` in the article body (paragraphs joined by "\n"). */
  offset: number;
  text: string;
  kind: string;
  capturedBy: string | null;
  form: { kind: RecordKind; values: FormValues; guessed: string[] };
  /** Why extract could not draft a valid record, when it could not. */
  note: string | null;
}

const capturedBy = (c: Candidate | undefined): string | null =>
  c === undefined ? null : (c.figureId ?? (c.eventId === null ? null : `event ${c.eventId}`));

/** Pairs each figure candidate with its draft: the draft gives each, in order, a record or a skip. */
function figurePicks(
  draft: FigureDraft,
  candidates: FigureCandidate[],
  numbers: Map<number, Candidate>,
): Pick[] {
  const records = [...draft.figures];
  const skips = [...draft.skipped];
  return candidates.map((c) => {
    const skip = skips[0];
    const skipped = skip !== undefined && skip.text === c.text && skip.paragraph === c.paragraph;
    const record: Figure | undefined = skipped ? undefined : records.shift();
    if (skipped) skips.shift();
    const common = {
      offset: c.offset,
      text: c.text,
      kind: c.kind,
      capturedBy: capturedBy(numbers.get(c.offset)),
    };
    if (record === undefined)
      return {
        ...common,
        note: `extract drafted no record: ${skip?.why ?? 'no reason given'}`,
        form: {
          kind: 'figure',
          values: {
            value: String(c.value),
            valueHigh: c.high === null ? '' : String(c.high),
            quote: c.sentence,
          },
          guessed: [],
        },
      };
    const guessed = draft.guesses.filter((g) => g.id === record.id).map((g) => String(g.field));
    return {
      ...common,
      note: null,
      form: { kind: 'figure', values: fromRecord('figure', record).values, guessed },
    };
  });
}

/** An event from a date the article states: the date and its precision read, the rest guessed. */
function eventPick(c: Candidate, article: Article, find: FindCountries): Pick {
  const date = c.date?.startsWith('--')
    ? `${article.published?.slice(0, 4) ?? ''}${c.date.slice(1)}`
    : (c.date ?? '');
  const label = c.sentence.length > 100 ? `${c.sentence.slice(0, 99)}…` : c.sentence;
  return {
    offset: c.offset,
    text: c.text,
    kind: 'date',
    capturedBy: capturedBy(c),
    note: null,
    form: {
      kind: 'event',
      values: {
        id: slugify(`${article.id.slice(0, 60)} ${date}`),
        date,
        precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
        label,
        countries: [...new Set(find(c.sentence).map((m) => m.code))].join(', '),
        scheduled: 'false',
        dateNote: '',
        quote: c.sentence,
      },
      guessed: ['id', 'label', 'countries', ...(c.date?.startsWith('--') ? ['date'] : [])],
    },
  };
}

/** Every number and date in the article, in reading order, each ready to open as a form. */
export function listPicks(article: Article, dataset: Dataset): Pick[] {
  // One country finder and one scan for figures, shared by the candidate list and the drafts.
  const find = countryFinder(dataset.countries);
  // Drafted as of the article's published date (the page's own, or the one the curator gave it),
  // so relative years resolve; each year so read is listed among the guesses.
  const draft = draftArticle(article, article.published, {
    findCountries: find,
    names: namesByCode(dataset.countries),
    groupCodes: new Set(dataset.countries.groups.map((g) => g.code)),
    existingIds: new Set(dataset.figures.figures.map((f) => f.id)),
  });
  const readings = draft.candidates;
  const numbers = extractCandidates(article, dataset.figures.figures, dataset.events.events, { readings });
  const byOffset = new Map(numbers.map((c) => [c.offset, c]));
  const dates = numbers.filter((c) => c.kind === 'date').map((c) => eventPick(c, article, find));
  return [...figurePicks(draft, readings, byOffset), ...dates].sort((a, b) => a.offset - b.offset);
}
