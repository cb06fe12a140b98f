import {
  type FigureCandidate,
  type FindCountries,
  findFigureCandidates,
} from '../../src/data/extract/candidates';
import { guessKind } from '../../src/data/extract/kinds';
import { sameValue } from '../../src/data/numbers';
import { explainPage } from '../../src/data/page/splitPage';
import type { Period } from '../../src/data/schema';

// Scores the extractor against the labelled corpus (test/fixtures/pages/*.expected.json): per
// field precision and recall, title accuracy, and one line per miss. Pure: the caller reads files.

export interface ExpectedCandidate {
  text: string;
  value: number;
  high: number | null;
  unit: string | null;
  measure: string | null;
  qualifier: string | null;
  attribution: string | null;
  year: number | null;
  /** Labelled from round 3 on (scored only where present): */
  /** The year after "last year" and the like are read against the article's date. */
  yearResolved?: number | null;
  kind?: string;
  period?: Period | null;
  flow?: string | null;
}
export interface ExpectedArticle {
  title: string;
  candidates: ExpectedCandidate[];
}
export interface CorpusPage {
  name: string;
  text: string;
  expected: ExpectedArticle[];
}

export const FIELDS = [
  ...['high', 'unit', 'measure', 'qualifier', 'attribution', 'year'],
  ...['kind', 'yearResolved', 'period', 'flow'],
] as const;
type Field = (typeof FIELDS)[number];
/** Fields the older pages were not labelled for: scored only on candidates whose label has them. */
const LATER_FIELDS: ReadonlySet<Field> = new Set(['kind', 'yearResolved', 'period', 'flow']);

/** What the extractor says for a field: the candidate's own reading, or the draft's kind guess. */
function answer(field: Field, got: FigureCandidate): unknown {
  switch (field) {
    case 'high':
      return got.high;
    case 'kind':
      return guessKind(got).kind;
    case 'yearResolved':
      return (
        got.year ??
        got.relativeYear?.year ??
        (got.period === null ? null : Number(got.period.end.slice(0, 4)))
      );
    case 'period':
      return got.period;
    case 'flow':
      return guessKind(got).kind === 'trade' ? got.flow : null;
    default:
      return got[field];
  }
}

export interface Score {
  correct: number;
  predicted: number;
  expected: number;
}
export interface Evaluation {
  value: Score;
  fields: Record<Field, Score>;
  titles: { correct: number; total: number };
  misses: string[];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(?:the|a|an|its)\s+/, '')
    .trim();
/** Phrases match when one holds the other as whole words: "storage" and "expand storage". */
const samePhrase = (a: string, b: string) => {
  const [x, y] = [` ${norm(a)} `, ` ${norm(b)} `];
  return x.includes(y) || y.includes(x);
};

function agrees(field: Field, want: ExpectedCandidate[Field], got: FigureCandidate): boolean {
  const value = answer(field, got);
  if (want === null || want === undefined || value === null) return (want ?? null) === value;
  if (field === 'high') return sameValue(value as number, want as number);
  if (field === 'measure' || field === 'attribution') return samePhrase(String(value), String(want));
  if (field === 'period') return JSON.stringify(value) === JSON.stringify(want);
  return value === want;
}

export function evaluate(pages: readonly CorpusPage[], findCountries: FindCountries): Evaluation {
  const score = (): Score => ({ correct: 0, predicted: 0, expected: 0 });
  const result: Evaluation = {
    value: score(),
    fields: Object.fromEntries(FIELDS.map((f) => [f, score()])) as Record<Field, Score>,
    titles: { correct: 0, total: 0 },
    misses: [],
  };
  for (const page of pages) {
    const articles = explainPage(page.text, `${page.name}.txt`).articles;
    page.expected.forEach((want, a) => {
      const article = articles[a];
      result.titles.total++;
      if (article?.title === want.title) result.titles.correct++;
      else
        result.misses.push(
          `${page.name}: title: expected "${want.title}", got "${article?.title ?? '(none)'}"`,
        );
      const found = article === undefined ? [] : findFigureCandidates(article, { findCountries });
      const used = new Set<number>();
      result.value.expected += want.candidates.length;
      result.value.predicted += found.length;
      for (const w of want.candidates) {
        const k = found.findIndex((g, i) => !used.has(i) && sameValue(g.value, w.value));
        const got = k >= 0 ? found[k] : undefined;
        if (got === undefined) result.misses.push(`${page.name}: value: missed ${w.value} «${w.text}»`);
        else {
          used.add(k);
          result.value.correct++;
        }
        for (const field of FIELDS) {
          if (LATER_FIELDS.has(field) && !(field in w)) continue;
          const s = result.fields[field];
          const have = got === undefined ? null : answer(field, got);
          if (w[field] !== null) s.expected++;
          if (have !== null && got !== undefined) s.predicted++;
          if (got === undefined) continue;
          if (agrees(field, w[field], got)) {
            if (have !== null) s.correct++;
          } else
            result.misses.push(
              `${page.name}: ${field}: expected ${JSON.stringify(w[field])}, got ${JSON.stringify(have)} «${w.text}»`,
            );
        }
      }
      found.forEach((g, i) => {
        if (!used.has(i))
          result.misses.push(`${page.name}: value: extra ${g.value} «${g.text}» in "${g.quote}"`);
      });
    });
  }
  return result;
}

export const precision = (s: Score): number => (s.predicted === 0 ? 1 : s.correct / s.predicted);
export const recall = (s: Score): number => (s.expected === 0 ? 1 : s.correct / s.expected);

export function formatEvaluation(e: Evaluation): string {
  const row = (name: string, s: Score) =>
    `${name.padEnd(12)} ${precision(s).toFixed(3).padStart(9)} ${recall(s).toFixed(3).padStart(7)}   ${s.correct}/${s.predicted} predicted, ${s.correct}/${s.expected} expected`;
  return [
    `${'field'.padEnd(12)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`,
    row('value', e.value),
    ...FIELDS.map((f) => row(f, e.fields[f])),
    `titles       ${e.titles.correct}/${e.titles.total} correct`,
    '',
    `${e.misses.length} miss(es):`,
    ...e.misses.map((m) => `  ${m}`),
    '',
  ].join('\n');
}
