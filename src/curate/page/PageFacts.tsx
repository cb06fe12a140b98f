import { useId } from 'react';
import type { Article } from '../../data/schema';

interface Props {
  lead: Article | undefined;
  publisher: string;
  published: string;
  dateError: boolean;
  onPublisher: (value: string) => void;
  onPublished: (value: string) => void;
}

/** Publisher and date of the lead article: what the page says, or what the curator gives. */
export function PageFacts({ lead, publisher, published, dateError, onPublisher, onPublished }: Props) {
  const ids = { publisher: useId(), published: useId(), help: useId(), error: useId() };
  return (
    <fieldset className="wb-facts">
      <legend>The lead article’s source</legend>
      <label htmlFor={ids.publisher}>Publisher</label>
      <input id={ids.publisher} type="text" value={publisher} onChange={(e) => onPublisher(e.target.value)} />
      <label htmlFor={ids.published}>Published (yyyy-mm-dd)</label>
      <input
        id={ids.published}
        type="text"
        inputMode="numeric"
        value={published}
        aria-invalid={dateError || undefined}
        aria-describedby={dateError ? `${ids.help} ${ids.error}` : ids.help}
        onChange={(e) => onPublished(e.target.value)}
      />
      <p id={ids.help} className="wb-help">
        The page says: {lead?.publisher ?? 'no publisher'},{' '}
        {lead?.published ?? lead?.publishedAsWritten ?? 'no date'}. With a date, “last year” in the text can
        become a year.
      </p>
      {dateError && (
        <p id={ids.error} className="wb-problem wb-problem--error">
          Error: write the date as yyyy-mm-dd, e.g. 2025-03-04.
        </p>
      )}
    </fieldset>
  );
}
