import type { Candidate } from '../../scripts/lib/extractCandidates';
import type { Article, CountriesFile } from '../data/schema';
import type { RecordKind } from '../state/selectionSlice';
import { findTerms } from '../state/textSearch';
import type { FormValues } from './form/formValues';

// Adapter from today's extract candidates (scripts/lib/extractCandidates.ts, pure, so it runs in
// the browser) to a prefilled form. Every field read off the candidate itself (value, unit, the
// sentence) is a reading; every other field is marked as a guess for the curator to check.

export interface Draft {
  kind: RecordKind;
  values: FormValues;
  guessed: string[];
}

const KIND_BY_UNIT: Record<string, string> = {
  USD: 'trade',
  people: 'deaths',
  percent: 'share',
  items: 'count',
};

export const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');

/** The codes named in a text, in the order they first appear (names and aliases from countries.json). */
export function codesInOrder(text: string, countries: CountriesFile): string[] {
  const found: { code: string; at: number }[] = [];
  for (const e of [...countries.countries, ...countries.groups]) {
    const at = findTerms(text, [e.name, ...e.aliases])[0]?.start;
    if (at !== undefined) found.push({ code: e.code, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.code);
}

function qualifierIn(sentence: string, index: number): string {
  const before = sentence.slice(Math.max(0, index - 30), index).toLowerCase();
  if (/(around|about|roughly|nearly|almost|some)\s*$/.test(before)) return 'around';
  if (/(more than|over|at least)\s*$/.test(before)) return 'more than';
  if (/estimated( at)?\s*$/.test(before) || /\bestimated\b/.test(sentence.toLowerCase())) return 'estimated';
  return '';
}

const reporterIn = (sentence: string): string =>
  /according to (?:the )?([^,.;"”]+)/i.exec(sentence)?.[1]?.trim() ??
  /,\s*([A-Z][^,.;"”]{2,60}?) said\b/.exec(sentence)?.[1]?.trim() ??
  '';

/** A label from the words before the number: what it is about, as the sentence puts it. */
function labelFrom(sentence: string, index: number): string {
  const words = sentence.slice(0, index).replace(/[“"(]/g, '').trim().split(/\s+/).slice(-7).join(' ');
  const label = words
    .replace(/\b(was|were|is|are|at|of|by|to|with|has|had|have|around|about|some|estimated)\s*$/i, '')
    .trim();
  return label === '' ? sentence.slice(0, 60) : label.charAt(0).toUpperCase() + label.slice(1);
}

export function draftFromCandidate(
  candidate: Candidate,
  article: Article,
  countries: CountriesFile,
  yearInSentence: number | null,
): Draft {
  const codes = codesInOrder(candidate.sentence, countries);
  const label = labelFrom(candidate.sentence, candidate.indexInSentence);
  if (candidate.kind === 'date') {
    const date = candidate.date?.startsWith('--')
      ? `${article.published?.slice(0, 4) ?? ''}${candidate.date.slice(1)}`
      : (candidate.date ?? '');
    const precision = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
    return {
      kind: 'event',
      values: {
        id: slug(`${label} ${date}`),
        date,
        precision,
        label,
        countries: codes.join(', '),
        scheduled: 'false',
        dateNote: '',
        quote: candidate.sentence,
      },
      guessed: ['id', 'label', 'countries', ...(candidate.date?.startsWith('--') ? ['date'] : [])],
    };
  }
  const unit = candidate.unit ?? '';
  const kind = KIND_BY_UNIT[unit] ?? 'trade';
  const year = yearInSentence === null ? '' : String(yearInSentence);
  return {
    kind: 'figure',
    values: {
      id: slug(`${label} ${year}`),
      kind,
      label,
      value: candidate.value === null ? '' : String(candidate.value),
      unit,
      year,
      asOf: '',
      qualifier: qualifierIn(candidate.sentence, candidate.indexInSentence),
      reportedBy: reporterIn(candidate.sentence),
      subject: codes[0] ?? '',
      counterpart: codes[1] ?? '',
      note: '',
      quote: candidate.sentence,
    },
    guessed: ['id', 'kind', 'label', 'year', 'qualifier', 'reportedBy', 'subject', 'counterpart'],
  };
}
