import { type MouseEvent, memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Figure, ProjectFeature } from '../data/schema';
import { formatCount } from '../lib/formatValue';
import { selectProjectCostFigures, selectUndatedProjectCount } from '../state/facetSelectors';
import { anyFacet } from '../state/projectFacets';
import { NO_RECORDS, selectFileStatus, selectRecords } from '../state/records';
import type { Matched } from '../state/selectors';
import { useAppStore } from '../state/store';
import { rowId, useMapFocus } from './mapFocus';
import { selectMapView } from './model/selectMapView';
import { namesOf } from './names';
import { FacetNote, ProjectFacets } from './ProjectFacets';
import { KIND_LABELS, STATUS_LABELS } from './palette';
import { precisionPhrase } from './precisionText';
import { rowFacts } from './projectFacts';
import { orderProjects, PROJECT_ORDERS, type ProjectOrder } from './projectOrder';
import { inView, projectsInView } from './projectsInView';
import { LineSwatch, PointSwatch } from './Swatch';
import { PLAIN, projectLineStyle, projectPointStyle } from './styles';
import { useNames } from './useMapData';
import { useRestAfterPaint } from './useRestAfterPaint';

// A page is what the scrolling list shows (about eight rows) a few times over. Each filter change
// builds its rows anew, and the first load builds them all: on the corpus, a page of 50 cost the
// load about 80 ms more than one of 20 (paired medians of 21 interleaved loads, BENCHMARKS.md).
const PAGE = 20;
/**
 * Rows drawn with the change that brings a new list of projects: more than the list's box shows
 * (about eight). The rest of the page, out of sight below them, follows after the next paint.
 */
const FIRST_ROWS = 12;

/**
 * The map's keyboard way in: every project the map shows, filtered like it. Activating a row
 * selects the project, moves the map to it and opens its popup; a project selected on the map is
 * marked here (aria-current) and scrolled into view within the list.
 */
export function ProjectList() {
  // The projects the map's view model keeps, in data order: the same set the map draws.
  const matched = useAppStore((s) => selectMapView(s).matchedProjects);
  const costFigures = useAppStore(selectProjectCostFigures);
  const [order, setOrder] = useState<ProjectOrder>('data');
  const ordered = useMemo(() => orderProjects(matched, order, costFigures), [matched, order, costFigures]);
  // The list follows the map: only the projects in its view (once the map has said where it is).
  const bounds = useAppStore((s) => s.mapBounds);
  const selectedInList = useAppStore((s) => (s.selection?.kind === 'project' ? s.selection.id : null));
  const visible = useMemo(
    () => projectsInView(ordered, bounds, selectedInList),
    [ordered, bounds, selectedInList],
  );
  // The list is the projects in view and the selected one wherever it is: counted without
  // testing every project against the view a second time.
  const selectedOutside =
    bounds !== null &&
    selectedInList !== null &&
    visible.some((m) => m.record.properties.id === selectedInList && !inView(m.record, bounds));
  const inViewCount = bounds === null ? null : visible.length - (selectedOutside ? 1 : 0);
  const undated = useAppStore(selectUndatedProjectCount);
  const total = useAppStore((s) => selectRecords(s, 'projects').length);
  const status = useAppStore((s) => selectFileStatus(s, 'projects'));
  const byCountry = useAppStore((s) => s.countries.length > 0);
  const byFacet = useAppStore((s) => anyFacet(s.facets));
  const selectedId = useAppStore((s) => (s.selection?.kind === 'project' ? s.selection.id : null));
  const listRef = useRef<HTMLUListElement>(null);
  const [limit, setLimit] = useState(PAGE);
  // Thousands of rows help no one and slow every filter change: show a page at a time, and
  // always the selected project's row, wherever it falls.
  const shown = useMemo(() => {
    const head = visible.slice(0, limit);
    const selected = visible.findIndex((m) => m.record.properties.id === selectedId);
    return selected >= limit ? [...head, visible[selected] as Matched<ProjectFeature>] : head;
  }, [visible, limit, selectedId]);
  const hidden = visible.length - shown.length;
  // A new list (a filter click) draws its first rows in the click, and its whole page after the
  // next paint: the rows below the list's box cost a click nothing a reader sees.
  const partial = useRestAfterPaint(matched);
  const rows = partial
    ? shown.filter((m, i) => i < FIRST_ROWS || m.record.properties.id === selectedId)
    : shown;

  // Once per selection, with the whole page drawn, so the row is where it stays.
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (partial || scrolledTo.current === selectedId) return;
    scrolledTo.current = selectedId;
    const list = listRef.current;
    const row = selectedId ? document.getElementById(rowId(selectedId)) : null;
    if (!list || !row || list.scrollHeight <= list.clientHeight) return;
    // Scroll the list itself, never the page: on a phone the list is far below the map.
    const top = row.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + row.offsetHeight > list.scrollTop + list.clientHeight)
      list.scrollTop = top - list.clientHeight / 2 + row.offsetHeight / 2;
  }, [selectedId, partial]);

  return (
    <section className="project-list" aria-labelledby="projects-heading">
      <h3 id="projects-heading">Projects</h3>
      <ProjectFacets />
      <p className="muted project-count" aria-live="polite">
        {status === 'loading'
          ? 'Loading projects…'
          : status === 'error'
            ? 'The projects file could not be loaded.'
            : byCountry || byFacet
              ? `${formatCount(matched.length)} of ${formatCount(total)} projects match ${
                  byCountry && byFacet
                    ? 'the country filter and the project filters'
                    : byCountry
                      ? 'the country filter'
                      : 'the project filters'
                }`
              : `${formatCount(total)} projects`}
      </p>
      {((inViewCount !== null && matched.length > 0) || undated > 0) && (
        <p className="muted project-view">
          {inViewCount === null || matched.length === 0
            ? ''
            : inViewCount === matched.length
              ? 'All of them are in the map’s view.'
              : `${formatCount(inViewCount)} in the map’s view; the list follows the map.`}
          {undated > 0 && ` ${formatCount(undated)} with dates not stated are kept whatever the time range.`}
        </p>
      )}
      <FacetNote />
      {matched.length > 1 && (
        <label className="project-sort">
          Sort by{' '}
          <select value={order} onChange={(e) => setOrder(e.target.value as ProjectOrder)}>
            {Object.entries(PROJECT_ORDERS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      )}
      {visible.length > 0 && (
        <ul className="project-rows" ref={listRef}>
          {rows.map((m) => (
            <ProjectRow
              key={m.record.properties.id}
              record={m.record}
              regional={m.match === 'regional'}
              costFigures={costFigures.get(m.record.properties.id) ?? NO_RECORDS}
              selected={m.record.properties.id === selectedId}
            />
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <button type="button" className="project-more" onClick={() => setLimit((n) => n + PAGE)}>
          Show {Math.min(PAGE, hidden)} more ({formatCount(hidden)} not shown)
        </button>
      )}
    </section>
  );
}

/**
 * Memoized on the record, not on the filter's match object (new at every filter change): a filter
 * or selection change re-renders only the rows it touches.
 */
const ProjectRow = memo(function ProjectRow({
  record,
  regional,
  costFigures,
  selected,
}: {
  record: ProjectFeature;
  regional: boolean;
  costFigures: readonly Figure[];
  selected: boolean;
}) {
  const p = record.properties;
  const facts = rowFacts(p, costFigures);
  const names = useNames();
  const select = useAppStore((s) => s.select);
  const { focusOn } = useMapFocus();
  const isLine = record.geometry.type === 'LineString';
  const activate = (event: MouseEvent<HTMLButtonElement>) => {
    const ref = { kind: 'project', id: p.id } as const;
    select(ref);
    // A click from Enter or Space has no pointer position (detail 0): move focus into the popup.
    focusOn(ref, event.detail === 0);
  };
  return (
    <li>
      <button
        type="button"
        id={rowId(p.id)}
        className="project-row"
        aria-current={selected ? 'true' : undefined}
        onClick={activate}
      >
        <span className="project-swatch">
          {isLine ? (
            <LineSwatch style={projectLineStyle(p, PLAIN)} width={34} />
          ) : (
            <PointSwatch style={projectPointStyle(p, PLAIN)} size={26} />
          )}
        </span>
        <span className="project-text">
          <span className="project-name">
            <bdi>{p.name}</bdi>
          </span>
          <span className="project-meta">
            {KIND_LABELS[p.kind]} · {STATUS_LABELS[p.status]} · {precisionPhrase(p.precision, isLine)}
          </span>
          <span className="project-meta">
            <bdi>{namesOf(p.countries, names)}</bdi>
            {regional && <span className="tag">Regional</span>}
          </span>
          {facts !== '' && <span className="project-meta">{facts}</span>}
        </span>
      </button>
    </li>
  );
});
