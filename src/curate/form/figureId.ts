import type { FormValues } from './formValues';

// A new figure's id says where it is from and what it is: the article, the kind and the subject,
// then a number from 1 that no record in figures.json has. It follows kind and subject as they
// change, until the curator edits the id itself.

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export function figureIdFor(values: FormValues, article: string, taken: ReadonlySet<string>): string {
  const stem = [
    slug(article).slice(0, 60).replace(/-+$/, ''),
    slug(values.kind ?? ''),
    slug(values.subject ?? ''),
  ]
    .filter(Boolean)
    .join('-');
  let k = 1;
  while (taken.has(`${stem}-${k}`)) k++;
  return `${stem}-${k}`;
}

/** The fields a figure's id is made from. */
export const ID_SOURCES: readonly string[] = ['kind', 'subject'];
