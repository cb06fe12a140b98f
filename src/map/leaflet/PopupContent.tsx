import { type KeyboardEvent, useEffect, useRef } from 'react';
import { isArticleSource } from '../../data/projectSource';
import type { PlaceFeature, ProjectFeature } from '../../data/schema';
import { formatIsoDate } from '../../lib/formatDate';
import { selectProjectCostFigures } from '../../state/facetSelectors';
import { NO_RECORDS } from '../../state/records';
import type { RecordRef } from '../../state/selectionSlice';
import { useAppStore } from '../../state/store';
import { useCurateSlots } from '../../ui/curateSlots';
import { rowId } from '../mapFocus';
import { namesOf } from '../names';
import { ProjectFacts } from '../ProjectFacts';
import { KIND_LABELS, PLACE_KIND_LABELS, STATUS_LABELS } from '../palette';
import { precisionSentence } from '../precisionText';
import { useArticles, useNames } from '../useMapData';

interface PopupContentProps {
  feature: ProjectFeature | PlaceFeature;
  kind: 'project' | 'place';
  /** Opened from the keyboard: take focus now, give it back to the project's row on close. */
  moveFocus: boolean;
}

/** What a selected feature's popup says, as React children: never an HTML string. */
export function PopupContent({ feature, kind, moveFocus }: PopupContentProps) {
  const p = feature.properties;
  const names = useNames();
  const articles = useArticles();
  const showSource = useAppStore((s) => s.showSource);
  const select = useAppStore((s) => s.select);
  const { recordActions } = useCurateSlots();
  const heading = useRef<HTMLHeadingElement>(null);
  const ref: RecordRef = { kind, id: p.id };
  const source = p.source;
  const article = isArticleSource(source) ? articles?.find((a) => a.id === source.article) : undefined;
  const costFigures = useAppStore((s) => selectProjectCostFigures(s).get(p.id)) ?? NO_RECORDS;
  const isLine = feature.geometry.type === 'LineString';

  useEffect(() => {
    if (!moveFocus) return;
    heading.current?.focus();
    return () => {
      // The popup's DOM is gone by now; if focus went with it, hand it back to the row.
      const active = document.activeElement;
      if (active === null || active === document.body) document.getElementById(rowId(p.id))?.focus();
    };
  }, [moveFocus, p.id]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    select(null);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the popup from any control inside it
    <div className="map-popup" onKeyDown={onKeyDown}>
      {/* A dataset record has no Show source button: the heading is then the popup's one stop for
          the keyboard, so a popup taller than the map can still be reached and scrolled. */}
      <h3 ref={heading} tabIndex={isArticleSource(source) ? -1 : 0}>
        <bdi>{p.name}</bdi>
      </h3>
      <p className="popup-kind">
        {'status' in p ? `${KIND_LABELS[p.kind]} · ${STATUS_LABELS[p.status]}` : PLACE_KIND_LABELS[p.kind]}
      </p>
      {'attack' in p && p.attack && (
        <p className="popup-attack">
          <strong>Reported attack</strong> (as of {formatIsoDate(p.attack.asOf)}): <bdi>{p.attack.note}</bdi>
        </p>
      )}
      <dl className="popup-facts">
        <dt>{p.countries.length > 1 ? 'Countries' : 'Country'}</dt>
        <dd>
          <bdi>{namesOf(p.countries, names)}</bdi>
        </dd>
        {'partners' in p && p.partners.length > 0 && (
          <>
            <dt>{p.partners.length > 1 ? 'Partners' : 'Partner'}</dt>
            <dd>
              <bdi>{namesOf(p.partners, names)}</bdi>
            </dd>
          </>
        )}
        <dt>Location</dt>
        <dd>
          {precisionSentence(p.precision, isLine)}{' '}
          <span className="popup-geosource">
            <bdi>{p.geometrySource}</bdi>
          </span>
        </dd>
        {'status' in p && (
          <ProjectFacts project={p} costFigures={costFigures} names={names} articles={articles} />
        )}
        {'note' in p && p.note && (
          <>
            <dt>Note</dt>
            <dd>
              <bdi>{p.note}</bdi>
            </dd>
          </>
        )}
      </dl>
      {isArticleSource(source) ? (
        <>
          <figure className="popup-quote">
            <blockquote>
              “<bdi>{source.quote}</bdi>”
            </blockquote>
            <figcaption>
              — <bdi>{article ? article.title : `article “${source.article}”`}</bdi>
            </figcaption>
          </figure>
          <button type="button" className="popup-source" onClick={() => showSource(ref, source.article)}>
            Show source
          </button>
        </>
      ) : (
        // A dataset record has no sentence to open: cite the dataset and the record where a quote goes.
        <p className="popup-record">
          Source: <bdi>{source.dataset}</bdi>, record <bdi>{source.record}</bdi>
        </p>
      )}
      {recordActions?.(ref, p.name)}
    </div>
  );
}
