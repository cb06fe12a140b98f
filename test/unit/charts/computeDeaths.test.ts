import { type ClaimInput, computeDeaths, groupClaims } from '../../../src/charts/deaths/computeDeaths';
import { estimateText } from '../../../src/charts/textMeasure';

const claim = (id: string, country: string, value: number, asOf: string | null): ClaimInput => ({
  id,
  country,
  label: `Deaths in ${country}`,
  value,
  valueHigh: null,
  valueText: String(value),
  asOf,
  meta: `Reported by officials · as of ${asOf ?? 'date not stated'}`,
});

// Three claims for one country, listed out of date order, plus one for another country.
const claims = [
  claim('iran-june-20', 'Iran', 639, '2025-06-20'),
  claim('iran-undated', 'Iran', 400, null),
  claim('iran-june-15', 'Iran', 128, '2025-06-15'),
  claim('iran-june-17', 'Iran', 224, '2025-06-17'),
  claim('israel-june-17', 'Israel', 24, '2025-06-17'),
];

describe('groupClaims', () => {
  it('groups claims by country and orders each group by its as-of date, undated last', () => {
    const groups = groupClaims(claims);
    expect(groups.map((g) => g.country)).toEqual(['Iran', 'Israel']);
    expect(groups[0]!.claims.map((c) => c.id)).toEqual([
      'iran-june-15',
      'iran-june-17',
      'iran-june-20',
      'iran-undated',
    ]);
  });
});

describe('computeDeaths', () => {
  const three = claims.filter((c) => c.id !== 'iran-undated');
  const layout = computeDeaths(three, 480, estimateText);

  it('draws one mark per claim and never a summed total', () => {
    const iran = layout.groups.find((g) => g.country === 'Iran')!;
    expect(iran.claims).toHaveLength(3);
    const values = iran.claims.map((c) => c.value.text);
    expect(values).toEqual(['128', '224', '639']);
    expect(values).not.toContain(String(128 + 224 + 639));
    expect(iran.subheading?.text).toMatch(/not added together/);
  });

  it('puts every claim on one shared scale from zero', () => {
    const all = layout.groups.flatMap((g) => g.claims);
    const widest = all.find((c) => c.id === 'iran-june-20')!.bar.width;
    const israel = all.find((c) => c.id === 'israel-june-17')!.bar.width;
    expect(israel / widest).toBeCloseTo(24 / 639, 5);
  });

  it('stacks claims side by side without overlap, in date order', () => {
    const all = layout.groups.flatMap((g) => g.claims);
    for (let i = 1; i < all.length; i++) {
      const prev = all[i - 1]!.hit;
      expect(all[i]!.hit.y).toBeGreaterThanOrEqual(prev.y + prev.height);
    }
    expect(layout.height).toBeGreaterThanOrEqual(all.at(-1)!.hit.y + all.at(-1)!.hit.height);
  });

  it('has no subheading for a country with a single claim', () => {
    expect(layout.groups.find((g) => g.country === 'Israel')!.subheading).toBeNull();
  });

  it('keeps value labels inside narrow charts', () => {
    const narrow = computeDeaths(three, 300, estimateText);
    for (const c of narrow.groups.flatMap((g) => g.claims))
      expect(c.value.x + estimateText(c.value.text, 16, 'bold')).toBeLessThanOrEqual(300);
  });

  it('puts a value too long to stand beside its bar on the line under it, inside the chart', () => {
    const long = {
      ...claim('trains', 'Trains', 2060, '2025-06-06'),
      valueText: 'estimated 2,060 freight trains',
    };
    const narrow = computeDeaths([long, claim('short', 'Trains', 12, '2025-06-07')], 320, estimateText, true);
    const [trains, short] = narrow.groups[0]!.claims;
    expect(trains!.value.x + estimateText(trains!.value.text, 16, 'bold')).toBeLessThanOrEqual(320);
    expect(trains!.value.y).toBeGreaterThan(trains!.bar.y + trains!.bar.height);
    expect(trains!.meta[0]!.y).toBeGreaterThan(trains!.value.y);
    // A short value stays beside its bar.
    expect(short!.value.x).toBeGreaterThan(short!.bar.width);
  });
});

describe('computeDeaths ranges', () => {
  it('draws a reported range as a span from its low to its high value, labelled after it', () => {
    const layout = computeDeaths(
      [
        { ...claim('range', 'Kyrgyzstan', 60, '2022-09-20'), valueHigh: 70 },
        claim('flat', 'Kyrgyzstan', 70, '2022-09-19'),
      ],
      640,
      estimateText,
    );
    const marks = layout.groups[0]!.claims;
    const range = marks.find((c) => c.id === 'range')!;
    const flat = marks.find((c) => c.id === 'flat')!;
    expect(range.span!.x).toBe(range.bar.width);
    expect(range.span!.x + range.span!.width).toBeCloseTo(flat.bar.width, 6);
    expect(range.value.x).toBeGreaterThan(range.span!.x + range.span!.width);
    expect(flat.span).toBeNull();
  });
});
