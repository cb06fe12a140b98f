// Okabe–Ito colours (distinguishable with every common colour-vision deficiency), written as
// values because SVG presentation attributes cannot read CSS variables in exported files.
// Text uses INK or MUTED only: both pass WCAG AA (4.5:1) on white. Mark colours pass 3:1.
export const INK = '#1b1f24';
export const MUTED = '#4a5360';
export const RULE = '#d9d6cf';
export const PAPER = '#ffffff';
export const BLUE = '#0072b2';
export const VERMILLION = '#d55e00';
export const GREEN = '#009e73';
export const PURPLE = '#cc79a7';
/** A darker sky blue so thin spans keep 3:1 against white. */
export const SPAN = '#0072b2';
export const SELECTED = '#1b1f24';
/** Okabe–Ito sky blue: the alternate segment of a breakdown and the span of a reported range. */
export const SKY = '#56b4e9';
