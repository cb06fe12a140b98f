import { TYPE } from '../chartType';
import type { TextLine } from '../geometry';
import { linearScale } from '../linearScale';
import { type MeasureText, wrapText } from '../textMeasure';

// One mark per claim. Claims about the same country are grouped and ordered by their as-of
// date, drawn one under another on a shared scale, and never added together: two sides'
// counts, or one side's counts on two dates, are different claims, not parts of a total.

export interface ClaimInput {
  id: string;
  /** The country the deaths occurred in, by name: "Iran". */
  country: string;
  /** What is counted, from the record: "Civilians killed in Israel by Iranian attacks". */
  label: string;
  value: number;
  /** The top of a reported range ("between 60 and 70"), drawn as a span; else null. */
  valueHigh: number | null;
  valueText: string;
  /** ISO date the count was current on; null when the article gives none. */
  asOf: string | null;
  /** "Reported by Iranian officials · as of 17 June 2025" */
  meta: string;
}

export interface ClaimGroup<T extends { country: string }> {
  country: string;
  claims: T[];
}

/** Claims grouped by country, each group ordered by as-of date (undated last); groups by largest claim. */
export function groupClaims<T extends { country: string; asOf: string | null; value: number }>(
  claims: readonly T[],
): ClaimGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const claim of claims) {
    const list = groups.get(claim.country) ?? [];
    list.push(claim);
    groups.set(claim.country, list);
  }
  const ordered = [...groups].map(([country, list]) => ({
    country,
    claims: [...list].sort((a, b) => {
      if (a.asOf === b.asOf) return 0;
      if (a.asOf === null) return 1;
      if (b.asOf === null) return -1;
      return a.asOf < b.asOf ? -1 : 1;
    }),
  }));
  const largest = (g: ClaimGroup<T>) => Math.max(...g.claims.map((c) => c.value));
  return ordered.sort((a, b) => largest(b) - largest(a));
}

export interface ClaimMark {
  id: string;
  label: TextLine[];
  bar: { x: number; y: number; width: number; height: number };
  /** A reported range: from the value to its top. */
  span: { x: number; y: number; width: number; height: number } | null;
  value: TextLine;
  meta: TextLine[];
  hit: { x: number; y: number; width: number; height: number };
  anchor: { x: number; y: number };
}

export interface DeathsLayout {
  width: number;
  height: number;
  groups: { country: string; heading: TextLine; subheading: TextLine | null; claims: ClaimMark[] }[];
}

const LINE = 16;
const BAR = 20;

/** `scalePerGroup`: each group on its own scale from zero, for groups that measure different things. */
export function computeDeaths(
  inputs: readonly ClaimInput[],
  width: number,
  measure: MeasureText,
  scalePerGroup = false,
): DeathsLayout {
  const widest = Math.max(0, ...inputs.map((c) => measure(c.valueText, TYPE.heading, 'bold')));
  const scaleOf = (claims: readonly ClaimInput[]) => {
    const max = Math.max(0, ...claims.map((c) => Math.max(c.value, c.valueHigh ?? 0)));
    return linearScale([0, max > 0 ? max : 1], [0, Math.max(width / 3, width - widest - 12)]);
  };
  const shared = scaleOf(inputs);

  let y = 0;
  const groups = groupClaims(inputs).map((group) => {
    const x = scalePerGroup ? scaleOf(group.claims) : shared;
    y += 20;
    const heading = { text: group.country, x: 0, y };
    let subheading: TextLine | null = null;
    if (group.claims.length > 1) {
      y += LINE;
      subheading = {
        text: `${group.claims.length} separate claims, oldest first; not added together`,
        x: 0,
        y,
      };
    }
    y += 8;
    const claims = group.claims.map((claim) => {
      const top = y;
      const label = wrapText(claim.label, width, measure, TYPE.small).map((text) => {
        y += LINE;
        return { text, x: 0, y: y - 3 };
      });
      y += 4;
      const barWidth = Math.max(claim.value > 0 ? 2 : 0, x(Math.max(0, claim.value)));
      const bar = { x: 0, y, width: barWidth, height: BAR };
      const high = claim.valueHigh !== null && claim.valueHigh > claim.value ? x(claim.valueHigh) : null;
      const span =
        high === null
          ? null
          : { x: barWidth, y: y + BAR / 2 - 3, width: Math.max(1, high - barWidth), height: 6 };
      const end = Math.max(barWidth, high ?? 0);
      // Beside the bar where it fits; on a phone, a long value ("estimated 2,060 freight trains")
      // takes the line under the bar rather than running off the chart.
      const beside = end + 8 + measure(claim.valueText, TYPE.heading, 'bold') <= width;
      const value = beside
        ? { text: claim.valueText, x: end + 8, y: y + BAR / 2 + 6 }
        : { text: claim.valueText, x: 0, y: y + BAR + 20 };
      y += BAR + 2 + (beside ? 0 : 24);
      const meta = wrapText(claim.meta, width, measure, TYPE.small).map((text) => {
        y += LINE;
        return { text, x: 0, y: y - 3 };
      });
      const hit = { x: 0, y: top, width, height: y - top + 4 };
      y += 14;
      return { id: claim.id, label, bar, span, value, meta, hit, anchor: { x: end, y: bar.y + BAR } };
    });
    y += 6;
    return { country: group.country, heading, subheading, claims };
  });
  return { width, height: Math.ceil(y), groups };
}
