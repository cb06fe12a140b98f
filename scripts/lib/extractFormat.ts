import type { Candidate } from '../../src/data/extract/recordedNumbers';
import type { Figure } from '../../src/data/schema';

// How the extract CLI prints candidates: a table for a person, or JSON for a program.

/** The JSON the CLI prints with --json: one object per candidate, in article order. */
export function candidatesJson(candidates: Candidate[]): string {
  const rows = candidates.map((c) => ({
    kind: c.kind,
    value: c.value,
    unit: c.unit,
    date: c.date,
    text: c.text,
    sentence: c.sentence,
    paragraph: c.paragraph,
    figureId: c.figureId,
    eventId: c.eventId,
    capturedAs: c.capturedAs,
    high: c.reading?.high ?? null,
    measure: c.reading?.measure ?? null,
    qualifier: c.reading?.qualifier ?? null,
    attribution: c.reading?.attribution ?? null,
    year: c.reading?.year ?? null,
    countries: c.reading?.countries ?? [],
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

export function formatValue(c: Candidate): string {
  if (c.kind === 'date') return c.date ?? '';
  if (c.value === null) return '';
  if (c.kind === 'percent') return `${grouped.format(c.value)}%`;
  return c.unit === null ? grouped.format(c.value) : `${grouped.format(c.value)} ${c.unit}`;
}

export function formatStatus(c: Candidate): string {
  if (c.figureId !== null)
    return `✓ captured by ${c.figureId}${c.capturedAs === 'value' ? '' : ` (${c.capturedAs})`}`;
  if (c.eventId !== null) return `✓ captured by event ${c.eventId}`;
  return '· not captured';
}

/** The sentence with the candidate marked «like this», cut around it to fit `width` characters. */
export function excerpt(c: Candidate, width: number): string {
  // Mark only a window around the number: marking the whole of a 40 KB sentence for each of its
  // 20,000 numbers made the table quadratic.
  const lo = Math.max(0, c.indexInSentence - width);
  const hi = Math.min(c.sentence.length, c.indexInSentence + c.text.length + width);
  const at = c.indexInSentence - lo;
  const part = c.sentence.slice(lo, hi);
  const marked = `${part.slice(0, at)}«${c.text}»${part.slice(at + c.text.length)}`;
  if (lo === 0 && hi === c.sentence.length && marked.length <= width) return marked;
  const centre = at + c.text.length / 2;
  const from = Math.max(0, Math.min(marked.length - width + 1, Math.round(centre - width / 2)));
  const to = from + width - 2;
  return `${from > 0 || lo > 0 ? '…' : ''}${marked.slice(from, to).trim()}${to < marked.length || hi < c.sentence.length ? '…' : ''}`;
}

/** "measure: cruise missiles · more than · by the Ukrainian air force · for 2024 · RUS, UKR". */
export function readingLine(c: Candidate): string {
  const r = c.reading;
  if (r === null) return '';
  return [
    r.high === null ? null : `range to ${grouped.format(r.high)}`,
    r.measure === null ? null : `measure: ${r.measure}`,
    r.qualifier,
    r.attribution === null ? 'unattributed' : `by ${r.attribution}`,
    r.year === null ? null : `for ${r.year}`,
    r.countries.length === 0 ? null : r.countries.join(', '),
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

export function candidatesTable(
  file: string,
  candidates: Candidate[],
  unmatched: Figure[],
  width = 110,
): string {
  const header = { status: 'status', kind: 'kind', value: 'value', text: 'as written' };
  const rows = candidates.map((c) => ({
    status: formatStatus(c),
    kind: c.kind,
    value: formatValue(c),
    text: c.text,
  }));
  // Column widths once, not once per line (20,000 rows made that quadratic).
  const widest = (key: keyof typeof header) =>
    [header, ...rows].reduce((most, r) => Math.max(most, [...r[key]].length), 0);
  const cols = { status: widest('status'), kind: widest('kind'), value: widest('value') };
  const line = (r: typeof header, n: string) =>
    `${n.padStart(3)}  ${pad(r.status, cols.status)}  ${pad(r.kind, cols.kind)}  ${pad(r.value, cols.value)}  ${r.text}`.trimEnd();
  const out = [`${file}`, ''];
  if (candidates.length === 0) out.push('     (no numbers found)');
  else out.push(line(header, '#'));
  candidates.forEach((c, i) => {
    out.push(line(rows[i] as typeof header, String(i + 1)));
    out.push(`     ¶${c.paragraph} ${excerpt(c, width - 8)}`);
    const read = readingLine(c);
    if (read !== '') out.push(`        ${read}`);
  });
  const captured = candidates.filter((c) => c.figureId !== null || c.eventId !== null).length;
  const byKind = ['money', 'count', 'percent', 'quantity', 'date']
    .map((k) => `${candidates.filter((c) => c.kind === k).length} ${k}`)
    .join(', ');
  out.push('');
  for (const f of unmatched)
    out.push(`! figure ${f.id} cites this article, but no candidate matches its value ${f.value} ${f.unit}`);
  out.push(
    `${candidates.length} candidate(s): ${captured} captured, ${candidates.length - captured} not captured (${byKind})`,
  );
  return `${out.join('\n')}\n`;
}
