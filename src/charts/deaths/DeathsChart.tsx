import { useMemo } from 'react';
import type { Figure } from '../../data/schema';
import type { Matched } from '../../state/selectors';
import { ChartFrame, type ChartStatus } from '../ChartFrame';
import { ChartStage } from '../ChartStage';
import { FIGURE_COLUMNS, figureCsvRow } from '../csvRows';
import { FigureTable } from '../DataTables';
import { DownloadButtons } from '../DownloadButtons';
import { describeFigure } from '../describeRecord';
import { FigureTooltip } from '../RecordTooltip';
import { SelectedDetail } from '../SelectedDetail';
import { sourceLine } from '../sourceTitles';
import { measureText } from '../textMeasure';
import { useChartScaffold } from '../useChartScaffold';
import { computeDeaths } from './computeDeaths';
import { DeathsDrawing } from './DeathsDrawing';

interface DeathsChartProps {
  items: readonly Matched<Figure>[];
  status: ChartStatus;
  emptyText: string;
}

export function DeathsChart({ items, status, emptyText }: DeathsChartProps) {
  const { ctx, headingId, summaryId, measureRef, svgRef, width, interaction, stageProps } =
    useChartScaffold('figure');

  const texts = useMemo(() => items.map((m) => describeFigure(m.record, m.match, ctx)), [items, ctx]);
  const places = [...new Set(texts.map((t) => t.subject))];
  const title = places.length > 0 ? `Reported deaths in ${places.join(' and ')}` : 'Reported deaths';
  const layout = useMemo(
    () =>
      computeDeaths(
        texts.map((t) => ({
          id: t.id,
          country: t.subject,
          label: t.figure.label,
          value: t.figure.value,
          valueText: t.value,
          asOf: t.figure.asOf,
          meta:
            [
              t.reporterStated ? `Claimed by ${t.reporter}` : 'Claimant not stated',
              t.asOf !== null ? `as of ${t.asOf}` : 'date not stated',
            ].join(', ') +
            (t.figure.note !== null ? `. ${t.figure.note}` : '.') +
            (t.regional ? ` (${t.regional})` : ''),
        })),
        width,
        measureText,
      ),
    [texts, width],
  );
  const byId = new Map(texts.map((t) => [t.id, t]));
  const source = sourceLine(
    texts.map((t) => t.figure.source.article),
    ctx.titles,
  );
  const caption = `One bar per claim, on one scale from zero. Claims by different sides, or on different dates, are shown separately and never added together. ${source}`;
  const marks = layout.groups.flatMap((g) =>
    g.claims.map((c) => {
      const t = byId.get(c.id)!;
      return {
        id: c.id,
        hit: c.hit,
        anchor: c.anchor,
        label: `${t.figure.label}: ${t.value}, ${t.reporterStated ? `claimed by ${t.reporter}` : 'claimant not stated'}, ${t.asOf ? `as of ${t.asOf}` : 'date not stated'}`,
      };
    }),
  );

  return (
    <ChartFrame
      headingId={headingId}
      measureRef={measureRef}
      title={title}
      dek="Each side's count of the dead, with who made the claim and when."
      status={status}
      emptyText={emptyText}
      reserve={width < 600 ? 228 : 212}
      caption={caption}
      tools={
        <>
          <DownloadButtons
            title={title}
            footer={[source, 'Claims as reported, never summed. Crossroads.']}
            svgRef={svgRef}
            csv={{ rows: texts.map(figureCsvRow), columns: FIGURE_COLUMNS }}
          />
          <FigureTable caption={`${title}: claims as reported`} rows={texts} />
        </>
      }
    >
      <p id={summaryId} className="visually-hidden">
        {marks.map((m) => m.label).join('; ')}.
      </p>
      <ChartStage
        {...stageProps}
        title={title}
        width={width}
        height={layout.height}
        marksLabel={`${title}: claims`}
        marks={marks}
        tooltip={(id) => <FigureTooltip text={byId.get(id)!} />}
      >
        <DeathsDrawing layout={layout} selectedId={interaction.selectedId} activeId={interaction.activeId} />
      </ChartStage>
      <SelectedDetail kind="figure" figures={texts} />
    </ChartFrame>
  );
}
