import { useMemo } from 'react';
import type { TimelineEvent } from '../../data/schema';
import type { Matched } from '../../state/selectors';
import { ChartFrame, type ChartStatus } from '../ChartFrame';
import { ChartStage } from '../ChartStage';
import { EVENT_COLUMNS, eventCsvRow } from '../csvRows';
import { EventTable } from '../DataTables';
import { DownloadButtons } from '../DownloadButtons';
import { describeEvent } from '../describeRecord';
import { EventTooltip } from '../RecordTooltip';
import { SelectedDetail } from '../SelectedDetail';
import { sourceLine } from '../sourceTitles';
import { measureText } from '../textMeasure';
import { useChartScaffold } from '../useChartScaffold';
import { computeTimeline } from './computeTimeline';
import { TimelineDrawing } from './TimelineDrawing';
import { TimelineKey } from './TimelineKey';

interface TimelineChartProps {
  items: readonly Matched<TimelineEvent>[];
  status: ChartStatus;
  emptyText: string;
}

export function TimelineChart({ items, status, emptyText }: TimelineChartProps) {
  const { ctx, headingId, summaryId, measureRef, svgRef, width, interaction, stageProps } =
    useChartScaffold('event');

  const texts = useMemo(() => items.map((m) => describeEvent(m.record, m.match, ctx)), [items, ctx]);
  const layout = useMemo(
    () =>
      computeTimeline(
        texts.map((t) => ({
          id: t.id,
          date: t.event.date,
          precision: t.event.precision,
          label: t.event.label,
          scheduled: t.event.scheduled,
        })),
        width,
        measureText,
      ),
    [texts, width],
  );
  const byId = new Map(texts.map((t) => [t.id, t]));
  const ordered = layout.marks.map((m) => byId.get(m.id)!);
  const title = 'Timeline';
  const source = sourceLine(
    texts.map((t) => t.event.source.article),
    ctx.titles,
  );
  const broken =
    layout.breaks.length > 0 ? ' Where the axis is broken (two slashes), years are left out.' : '';
  const caption = `Dates as the articles give them, drawn only as precisely as they are known.${broken} ${source}`;

  return (
    <ChartFrame
      headingId={headingId}
      measureRef={measureRef}
      title={title}
      dek="What happened when, and what was still ahead when the articles were written."
      status={status}
      emptyText={emptyText}
      reserve={width < 600 ? 750 : 350}
      wide
      caption={caption}
      tools={
        <>
          <DownloadButtons
            title={title}
            footer={[
              source,
              'Point: a day. Bar: a month or year known only that precisely. Hollow dashed: scheduled. Crossroads.',
            ]}
            svgRef={svgRef}
            csv={{ rows: ordered.map(eventCsvRow), columns: EVENT_COLUMNS }}
          />
          <EventTable caption={`${title}: events as reported`} rows={ordered} />
        </>
      }
    >
      <TimelineKey />
      <p id={summaryId} className="visually-hidden">
        {ordered
          .map((t) => `${t.event.scheduled ? 'Scheduled: ' : ''}${t.date}: ${t.event.label}`)
          .join('; ')}
        .
      </p>
      <ChartStage
        {...stageProps}
        title={title}
        width={width}
        height={layout.height}
        marksLabel={`${title}: events`}
        marks={layout.marks.map((m) => {
          const t = byId.get(m.id)!;
          return {
            id: m.id,
            hit: { x: m.box.x - 3, y: m.box.y - 1, width: m.box.width + 6, height: m.box.height + 2 },
            anchor: { x: m.box.x, y: m.box.y + m.box.height },
            label: `${t.event.scheduled ? 'Scheduled: ' : ''}${t.date}: ${t.event.label}`,
          };
        })}
        tooltip={(id) => <EventTooltip text={byId.get(id)!} />}
      >
        <TimelineDrawing
          layout={layout}
          selectedId={interaction.selectedId}
          activeId={interaction.activeId}
        />
      </ChartStage>
      <SelectedDetail kind="event" events={texts} />
    </ChartFrame>
  );
}
