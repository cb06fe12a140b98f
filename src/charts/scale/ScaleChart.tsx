import { useMemo } from 'react';
import type { Figure } from '../../data/schema';
import { formatMagnitude, formatRatio } from '../../lib/formatValue';
import type { Matched } from '../../state/selectors';
import { ChartFrame, type ChartStatus } from '../ChartFrame';
import { ChartStage } from '../ChartStage';
import { type ComputedValue, computedCsvRow, FIGURE_COLUMNS, figureCsvRow } from '../csvRows';
import { FigureTable } from '../DataTables';
import { DownloadButtons } from '../DownloadButtons';
import { describeFigure } from '../describeRecord';
import { FigureTooltip } from '../RecordTooltip';
import { SelectedDetail } from '../SelectedDetail';
import { sourceLine } from '../sourceTitles';
import { measureText } from '../textMeasure';
import { useChartScaffold } from '../useChartScaffold';
import { computeScale } from './computeScale';
import { ScaleDrawing } from './ScaleDrawing';

interface ScaleChartProps {
  items: readonly Matched<Figure>[];
  status: ChartStatus;
  emptyText: string;
}

export function ScaleChart({ items, status, emptyText }: ScaleChartProps) {
  const { ctx, headingId, summaryId, measureRef, svgRef, width, interaction, stageProps } =
    useChartScaffold('figure');

  const texts = useMemo(
    () => items.map((m) => describeFigure(m.record, m.match, ctx, 'people')),
    [items, ctx],
  );
  const layout = useMemo(
    () =>
      computeScale(
        texts.map((t) => ({
          id: t.id,
          name: t.subject,
          value: t.figure.value,
          valueText: t.value,
          meta: `Reported${t.reporterStated ? ` by ${t.reporter}` : ', source not stated'}${t.regional ? `, ${t.regional}` : ''}`,
        })),
        width,
        measureText,
      ),
    [texts, width],
  );
  const byId = new Map(texts.map((t) => [t.id, t]));
  const ordered = layout.rows.map((r) => byId.get(r.id)!);
  const computed: ComputedValue[] = ordered.map((t, i) => ({
    id: `${t.id}-squares`,
    label: `${t.subject} in squares of ${layout.unitText}`,
    value: layout.rows[i]!.count,
    unit: 'squares',
    asWritten: `${formatRatio(layout.rows[i]!.count)} squares`,
    formula: `${formatMagnitude(t.figure.value)} ÷ ${formatMagnitude(layout.unit)}`,
  }));
  const big = ordered[0];
  const small = ordered[ordered.length - 1];
  if (layout.ratio !== null && big !== undefined && small !== undefined)
    computed.push({
      id: 'population-ratio',
      label: `${big.subject}'s population as a multiple of ${small.subject}'s`,
      value: layout.ratio.value,
      unit: 'ratio',
      asWritten: `${formatRatio(layout.ratio.value)}×`,
      formula: layout.ratio.formula,
    });
  const title = 'Population, to scale';
  const source = sourceLine(
    texts.map((t) => t.figure.source.article),
    ctx.titles,
  );
  const caption = `Populations as reported. The squares and the ratio are computed from them, as the chart states. ${source}`;

  return (
    <ChartFrame
      headingId={headingId}
      measureRef={measureRef}
      title={title}
      dek={`Each square is ${layout.unitText}, the same for every row.`}
      status={status}
      emptyText={emptyText}
      reserve={width < 600 ? 400 : 420}
      caption={caption}
      tools={
        <>
          <DownloadButtons
            title={title}
            footer={[
              source,
              `1 square = ${layout.unitText}; squares and ratio computed from the reported figures. Crossroads.`,
            ]}
            svgRef={svgRef}
            csv={{
              rows: [...texts.map(figureCsvRow), ...computed.map(computedCsvRow)],
              columns: FIGURE_COLUMNS,
            }}
          />
          <FigureTable
            caption={`${title}: reported and computed values`}
            rows={ordered}
            computed={computed}
          />
        </>
      }
    >
      <p id={summaryId} className="visually-hidden">
        {ordered
          .map((t, i) => `${t.subject}: ${t.value}, ${formatRatio(layout.rows[i]!.count)} squares`)
          .join('; ')}
        . {layout.ratio?.lines.map((l) => l.text).join(' ')}
      </p>
      <ChartStage
        {...stageProps}
        title={title}
        width={width}
        height={layout.height}
        marksLabel={`${title}: populations`}
        marks={layout.rows.map((r) => {
          const t = byId.get(r.id)!;
          return {
            id: r.id,
            hit: r.hit,
            anchor: r.anchor,
            label: `${t.subject}: ${t.value}, ${t.reporterStated ? `reported by ${t.reporter}` : 'source not stated'}; ${formatRatio(r.count)} squares`,
          };
        })}
        tooltip={(id) => <FigureTooltip text={byId.get(id)!} />}
      >
        <ScaleDrawing layout={layout} selectedId={interaction.selectedId} activeId={interaction.activeId} />
      </ChartStage>
      <SelectedDetail kind="figure" figures={texts} />
    </ChartFrame>
  );
}
