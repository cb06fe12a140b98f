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
import { comparabilityNotes } from './comparability';
import { computeTrade } from './computeTrade';
import { TradeDrawing } from './TradeDrawing';

interface TradeChartProps {
  items: readonly Matched<Figure>[];
  status: ChartStatus;
  emptyText: string;
}

export function TradeChart({ items, status, emptyText }: TradeChartProps) {
  const { ctx, headingId, summaryId, measureRef, svgRef, width, interaction, stageProps } =
    useChartScaffold('figure');

  const texts = useMemo(() => items.map((m) => describeFigure(m.record, m.match, ctx)), [items, ctx]);
  const counterparts = [...new Set(texts.map((t) => t.counterpart))];
  const title =
    counterparts.length === 1 && counterparts[0] !== null
      ? `Trade with ${counterparts[0]}, by partner`
      : texts.length === 0
        ? 'Trade with Central Asia, by partner'
        : 'Trade, by partner';
  const notes = useMemo(
    () =>
      comparabilityNotes(
        texts.map((t) => ({
          name: t.subject,
          year: t.figure.year,
          qualifier: t.figure.qualifier,
          reportedBy: t.figure.reportedBy,
          counterpart: t.counterpart,
        })),
      ),
    [texts],
  );
  const layout = useMemo(
    () =>
      computeTrade(
        texts.map((t) => ({
          id: t.id,
          name: counterparts.length === 1 ? t.subject : `${t.subject} with ${t.counterpart ?? 'others'}`,
          value: t.figure.value,
          valueText: t.value,
          approximate: t.approximate,
          meta: `${t.year === 'year not stated' ? 'Year not stated' : t.year} · ${
            t.reporterStated ? `reported by ${t.reporter}` : 'source not stated'
          }`,
          regional: t.regional,
        })),
        width,
        notes,
        measureText,
      ),
    [texts, width, notes, counterparts.length],
  );
  const byId = new Map(texts.map((t) => [t.id, t]));
  const source = sourceLine(
    texts.map((t) => t.figure.source.article),
    ctx.titles,
  );
  const caption = `Bars are drawn to scale from zero, one per figure as reported; none is adjusted to a common year. ${source}`;

  return (
    <ChartFrame
      headingId={headingId}
      measureRef={measureRef}
      title={title}
      dek="Total trade in US dollars, as each source reported it: read the year and reporter under each bar before comparing."
      status={status}
      emptyText={emptyText}
      reserve={width < 600 ? 470 : 420}
      caption={caption}
      tools={
        <>
          <DownloadButtons
            title={title}
            footer={[source, 'Each value as reported, with its year and reporter. Crossroads.']}
            svgRef={svgRef}
            csv={{ rows: texts.map(figureCsvRow), columns: FIGURE_COLUMNS }}
          />
          <FigureTable caption={`${title}: figures as reported`} rows={texts} />
        </>
      }
    >
      <p id={summaryId} className="visually-hidden">
        {layout.bars.map((b) => `${b.name.map((l) => l.text).join(' ')}: ${b.value.text}`).join('; ')}.{' '}
        {notes.join(' ')}
      </p>
      <ChartStage
        {...stageProps}
        title={title}
        width={width}
        height={layout.height}
        marksLabel={`${title}: bars`}
        marks={layout.bars.map((b) => {
          const t = byId.get(b.id)!;
          return {
            id: b.id,
            hit: b.hit,
            anchor: b.anchor,
            label: `${t.subject}: ${t.value}, ${t.year}, ${t.reporterStated ? `reported by ${t.reporter}` : 'source not stated'}${t.regional ? `, ${t.regional}` : ''}`,
          };
        })}
        tooltip={(id) => <FigureTooltip text={byId.get(id)!} />}
      >
        <TradeDrawing layout={layout} selectedId={interaction.selectedId} activeId={interaction.activeId} />
      </ChartStage>
      <SelectedDetail kind="figure" figures={texts} />
    </ChartFrame>
  );
}
