// Type sizes for SVG text, in px. The layouts measure text at these sizes and the drawings set
// text at them: one table, so a label is never measured at one size and drawn at another.
export const TYPE = {
  /** Meta lines, notes, keys and axis labels. */
  small: 12,
  /** The computed ratio's explanation. */
  ratio: 13,
  /** Bar names and values. */
  body: 14,
  /** Group headings and claim values. */
  heading: 16,
  /** The one big computed number (17.5×). */
  big: 32,
} as const;
