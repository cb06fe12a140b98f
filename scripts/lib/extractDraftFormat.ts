import type { Draft } from '../../src/data/extract/draft';

// How `extract --draft` prints a draft: the records as JSON, ready to paste into the "figures"
// array of figures.json, then every guessed field per record, then what could not be drafted.

export function formatDraft(file: string, draft: Draft & { dateNote?: string | null }): string {
  const out: string[] = [];
  const records = JSON.stringify(draft.figures, null, 2);
  out.push(records, '');
  out.push(
    `${draft.figures.length} draft record(s) from ${file}. Paste them into "figures" in data/figures.json,`,
  );
  out.push('edit them, and run `npm run validate`.', '');
  if (draft.dateNote) out.push(`Dates: ${draft.dateNote}.`, '');
  if (draft.guesses.length > 0) out.push('Guessed: check these fields before you commit:');
  let current = '';
  for (const g of draft.guesses) {
    if (g.id !== current) out.push(`  ${g.id}`);
    current = g.id;
    out.push(`    ${g.field}: ${g.why}`);
  }
  if (draft.skipped.length > 0) {
    out.push('', 'Not drafted:');
    for (const s of draft.skipped) out.push(`  ¶${s.paragraph} «${s.text}»: ${s.why}`);
  }
  return `${out.join('\n')}\n`;
}
