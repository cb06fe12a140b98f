import { checkLighthouse, type LhrLike } from '../../../scripts/lib/budgetsLighthouse';

type Audit = LhrLike['audits'][string];
const audit = (id: string, title: string, score: number | null, extra: Partial<NonNullable<Audit>> = {}) => ({
  id,
  title,
  score,
  ...extra,
});

function lhr(
  scores: Record<string, number>,
  audits: NonNullable<Audit>[],
  refs: Record<string, string[]>,
): LhrLike {
  return {
    categories: Object.fromEntries(
      Object.entries(scores).map(([id, score]) => [
        id,
        { title: id, score, auditRefs: (refs[id] ?? []).map((ref) => ({ id: ref })) },
      ]),
    ),
    audits: Object.fromEntries(audits.map((a) => [a.id, a])),
  };
}

const METRICS = [
  audit('largest-contentful-paint', 'Largest Contentful Paint', 1, {
    numericValue: 1200,
    displayValue: '1.2 s',
  }),
  audit('total-blocking-time', 'Total Blocking Time', 1, { numericValue: 20, displayValue: '20 ms' }),
  audit('cumulative-layout-shift', 'Cumulative Layout Shift', 1, {
    numericValue: 0.01,
    displayValue: '0.01',
  }),
];
const PERFECT = { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 };

describe('the Lighthouse targets', () => {
  it('pass a perfect run, reporting scores out of 100 and the three metrics', () => {
    const check = checkLighthouse(lhr(PERFECT, METRICS, {}));
    expect(check.failures).toEqual([]);
    expect(check.scores).toEqual({ performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(check.rows.map((r) => [r.metric, r.measured, r.ok])).toEqual([
      ['performance', '100', true],
      ['accessibility', '100', true],
      ['best-practices', '100', true],
      ['seo', '100', true],
      ['LCP', '1.20 s', true],
      ['TBT', '20 ms', true],
      ['CLS', '0.010', true],
    ]);
  });

  it('accept performance 98 but not 97, listing the audits that cost points, worst first', () => {
    const audits = [
      ...METRICS,
      audit('unused-javascript', 'Reduce unused JavaScript', 0, {
        displayValue: 'Potential savings of 55 KiB',
      }),
      audit('first-contentful-paint', 'First Contentful Paint', 0.96, { displayValue: '1.5 s' }),
      audit('diagnostics', 'Diagnostics', 0, { scoreDisplayMode: 'informative' }),
      audit('redirects', 'Avoid redirects', null, { scoreDisplayMode: 'notApplicable' }),
      audit('uses-http2', 'Use HTTP/2', 1),
    ];
    const refs = {
      performance: ['first-contentful-paint', 'unused-javascript', 'diagnostics', 'redirects', 'uses-http2'],
    };
    expect(checkLighthouse(lhr({ ...PERFECT, performance: 0.98 }, audits, refs)).failures).toEqual([]);
    const [failure, ...rest] = checkLighthouse(lhr({ ...PERFECT, performance: 0.97 }, audits, refs)).failures;
    expect(rest).toEqual([]);
    expect(failure).toBe(
      'performance 97 is below 98: Reduce unused JavaScript (score 0, Potential savings of 55 KiB); First Contentful Paint (score 96, 1.5 s)',
    );
  });

  it('require 100 for accessibility, best practices and SEO, naming the failing audit', () => {
    const audits = [
      ...METRICS,
      audit('robots-txt', 'robots.txt is not valid', 0, { displayValue: '20 errors found' }),
    ];
    const check = checkLighthouse(
      lhr({ ...PERFECT, seo: 0.91, accessibility: 0.99 }, audits, { seo: ['robots-txt'] }),
    );
    expect(check.failures).toEqual([
      'accessibility 99 is below 100: no single audit below full score',
      'seo 91 is below 100: robots.txt is not valid (score 0, 20 errors found)',
    ]);
  });

  it('fail LCP over 1.8 s, TBT over 50 ms, CLS over 0.02, and a metric that was not measured', () => {
    const slow = [
      audit('largest-contentful-paint', 'LCP', 0.9, { numericValue: 2120 }),
      audit('total-blocking-time', 'TBT', 0.8, { numericValue: 51 }),
    ];
    const check = checkLighthouse(lhr(PERFECT, slow, {}));
    expect(check.failures).toEqual([
      'LCP 2.12 s is over the 1.80 s target',
      'TBT 51 ms is over the 50 ms target',
      'CLS was not measured (target ≤ 0.020)',
    ]);
  });
});
