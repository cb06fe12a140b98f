import type { EventText, FigureText } from './describeRecord';

// Tooltip contents: the value as the source words it, who said it and when, and the verbatim
// sentence it came from.

export function FigureTooltip({ text }: { text: FigureText }) {
  const f = text.figure;
  return (
    <>
      <p className="tooltip-value">{text.value}</p>
      <p className="tooltip-label">{f.label}</p>
      <dl className="tooltip-facts">
        <dt>Reported by</dt>
        <dd>{text.reporter}</dd>
        <dt>Year</dt>
        <dd>{text.year}</dd>
        {text.asOf !== null && (
          <>
            <dt>As of</dt>
            <dd>{text.asOf}</dd>
          </>
        )}
        <dt>Qualifier</dt>
        <dd>{text.qualifier}</dd>
        {text.regional !== null && (
          <>
            <dt>Scope</dt>
            <dd>{text.regional}</dd>
          </>
        )}
        {f.note !== null && (
          <>
            <dt>Note</dt>
            <dd>{f.note}</dd>
          </>
        )}
      </dl>
      <blockquote className="tooltip-quote">“{f.source.quote}”</blockquote>
      <p className="tooltip-source">From “{text.articleTitle}”. Enter or click selects it.</p>
    </>
  );
}

export function EventTooltip({ text }: { text: EventText }) {
  const e = text.event;
  return (
    <>
      <p className="tooltip-value">{e.scheduled ? `Scheduled: ${text.date}` : text.date}</p>
      <p className="tooltip-label">{e.label}</p>
      <dl className="tooltip-facts">
        <dt>Date</dt>
        <dd>{text.precision}</dd>
        {e.dateNote !== null && (
          <>
            <dt>How dated</dt>
            <dd>{e.dateNote}</dd>
          </>
        )}
        {text.regional !== null && (
          <>
            <dt>Scope</dt>
            <dd>{text.regional}</dd>
          </>
        )}
      </dl>
      <blockquote className="tooltip-quote">“{e.source.quote}”</blockquote>
      <p className="tooltip-source">From “{text.articleTitle}”. Enter or click selects it.</p>
    </>
  );
}
