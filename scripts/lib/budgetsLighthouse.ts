// The Lighthouse targets and the pure checks over a Lighthouse result (only the fields read here
// are typed, so tests can pass a small hand-written result).

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

export const SCORE_TARGETS: Record<CategoryId, number> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};
/** Upper limits: largest contentful paint and total blocking time in ms, layout shift unitless. */
export const METRIC_TARGETS = { lcp: 1800, tbt: 50, cls: 0.02 } as const;

export interface AuditLike {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode?: string;
  numericValue?: number;
  displayValue?: string;
}
export interface LhrLike {
  categories: Record<
    string,
    { title: string; score: number | null; auditRefs: { id: string }[] } | undefined
  >;
  audits: Record<string, AuditLike | undefined>;
}

export interface LighthouseCheck {
  /** metric, measured, target, ok */
  rows: { metric: string; measured: string; target: string; ok: boolean }[];
  /** One line per target missed, with the audits that cost the category its points. */
  failures: string[];
  scores: Record<CategoryId, number | null>;
}

/** Audits of a category that score below 1 and count (not informative, manual or not applicable). */
export function auditsBelowFull(lhr: LhrLike, category: CategoryId): AuditLike[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .map((ref) => lhr.audits[ref.id])
    .filter((audit): audit is AuditLike => {
      if (audit === undefined || audit.score === null || audit.score >= 1) return false;
      return !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode ?? '');
    })
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
}

const describeAudit = (audit: AuditLike) =>
  `${audit.title} (score ${Math.round((audit.score ?? 0) * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`;

export function checkLighthouse(lhr: LhrLike): LighthouseCheck {
  const rows: LighthouseCheck['rows'] = [];
  const failures: string[] = [];
  const scores = {} as Record<CategoryId, number | null>;
  for (const id of CATEGORIES) {
    const raw = lhr.categories[id]?.score;
    const score = raw === undefined || raw === null ? null : Math.round(raw * 100);
    scores[id] = score;
    const ok = score !== null && score >= SCORE_TARGETS[id];
    rows.push({
      metric: id,
      measured: score === null ? 'no score' : String(score),
      target: `≥ ${SCORE_TARGETS[id]}`,
      ok,
    });
    if (!ok) {
      const audits = auditsBelowFull(lhr, id).map(describeAudit);
      failures.push(
        `${id} ${score ?? 'has no score'} is below ${SCORE_TARGETS[id]}: ${audits.length > 0 ? audits.join('; ') : 'no single audit below full score'}`,
      );
    }
  }
  const metric = (auditId: string) => lhr.audits[auditId]?.numericValue;
  const metrics = [
    {
      metric: 'LCP',
      value: metric('largest-contentful-paint'),
      limit: METRIC_TARGETS.lcp,
      show: (v: number) => `${(v / 1000).toFixed(2)} s`,
    },
    {
      metric: 'TBT',
      value: metric('total-blocking-time'),
      limit: METRIC_TARGETS.tbt,
      show: (v: number) => `${Math.round(v)} ms`,
    },
    {
      metric: 'CLS',
      value: metric('cumulative-layout-shift'),
      limit: METRIC_TARGETS.cls,
      show: (v: number) => v.toFixed(3),
    },
  ];
  for (const { metric: name, value, limit, show } of metrics) {
    const ok = value !== undefined && value <= limit;
    rows.push({
      metric: name,
      measured: value === undefined ? 'not measured' : show(value),
      target: `≤ ${show(limit)}`,
      ok,
    });
    if (value === undefined) failures.push(`${name} was not measured (target ≤ ${show(limit)})`);
    else if (!ok) failures.push(`${name} ${show(value)} is over the ${show(limit)} target`);
  }
  return { rows, failures, scores };
}
