import type { Highlight } from './spec';

/** The parts of a chart's note as toggle buttons; pressing one outlines the marks it counts. */
export function HighlightButtons({
  label,
  highlights,
  pressed,
  onPress,
}: {
  label: string;
  highlights: readonly Highlight[];
  pressed: string | null;
  onPress: (text: string | null) => void;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form field set
    <div className="chart-highlights" role="group" aria-label={label}>
      <span className="chart-highlights-label" aria-hidden="true">
        Show on the chart:
      </span>
      {highlights.map((h) => (
        <button
          key={h.text}
          type="button"
          className="chart-button chart-button--small"
          aria-pressed={pressed === h.text}
          onClick={() => onPress(pressed === h.text ? null : h.text)}
        >
          {h.text}
        </button>
      ))}
    </div>
  );
}
