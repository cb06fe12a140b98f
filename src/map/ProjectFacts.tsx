import { Fragment } from 'react';
import type { ArticleMeta, Figure, ProjectProps } from '../data/schema';
import { costClaims, datedFacts, financierFacts } from './projectFacts';

// A project's cost, financiers and dates as rows of the popup's fact list (dt/dd pairs). Each
// fact says where it comes from: the sentence and its article, or the dataset record.

interface ProjectFactsProps {
  project: ProjectProps;
  costFigures: readonly Figure[];
  names: ReadonlyMap<string, string>;
  articles: readonly Pick<ArticleMeta, 'id' | 'title'>[] | null;
}

function Cite({
  quote,
  cite,
  articles,
}: {
  quote: string | null;
  cite: string;
  articles: readonly Pick<ArticleMeta, 'id' | 'title'>[] | null;
}) {
  const title = articles?.find((a) => a.id === cite)?.title;
  if (quote === null && cite === '') return null;
  return (
    <span className="popup-fact-source">
      {quote !== null && (
        <>
          “<bdi>{quote}</bdi>” —{' '}
        </>
      )}
      <bdi>{quote !== null ? (title ?? `article “${cite}”`) : cite}</bdi>
    </span>
  );
}

export function ProjectFacts({ project, costFigures, names, articles }: ProjectFactsProps) {
  const costs = costClaims(project, costFigures);
  const financiers = financierFacts(project, names);
  const dates = datedFacts(project);
  return (
    <>
      {costs.length > 0 && (
        <>
          <dt>Cost</dt>
          <dd>
            {costs.length > 1 && (
              <span className="popup-fact-source">As each source states it; never added together</span>
            )}
            <ul className="popup-claims">
              {costs.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: claims keep their order and never move
                <li key={i}>
                  <strong>{c.amount}</strong>
                  {c.by !== null && c.quote !== null && (
                    <>
                      {' '}
                      according to <bdi>{c.by}</bdi>
                    </>
                  )}
                  <Cite
                    quote={c.quote}
                    cite={c.quote !== null ? (c.article ?? '') : (c.by ?? '')}
                    articles={articles}
                  />
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {financiers.length > 0 && (
        <>
          <dt>{financiers.length > 1 ? 'Financiers' : 'Financier'}</dt>
          <dd>
            <ul className="popup-claims">
              {financiers.map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: financiers keep their order and never move
                <li key={i}>
                  <bdi>{f.name}</bdi>
                  <Cite quote={f.quote} cite={f.cite} articles={articles} />
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {dates.map((d) => (
        <Fragment key={d.label}>
          <dt>{d.label}</dt>
          <dd>
            {d.when}
            <Cite quote={d.quote} cite={d.cite} articles={articles} />
          </dd>
        </Fragment>
      ))}
    </>
  );
}
