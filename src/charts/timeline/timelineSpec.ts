import type { TimelineEvent } from '../../data/schema';
import { comparePlain } from '../../lib/textOrder';
import type { Matched } from '../../state/selectors';
import { EVENT_COLUMNS, eventCsvRow } from '../csvRows';
import { EventTable } from '../DataTables';
import { describeEvent, type EventText } from '../describeRecord';
import { EventTooltip } from '../RecordTooltip';
import { type ChartSpec, SPEC_DEFAULTS } from '../spec';
import { computeTimeline } from './computeTimeline';
import { TimelineDrawing } from './TimelineDrawing';
import { TimelineKey } from './TimelineKey';
import { TimelineRange } from './TimelineRange';
import type { TimelineLayout } from './timelineTypes';

const byDateDesc = (a: Matched<TimelineEvent>, b: Matched<TimelineEvent>) =>
  comparePlain(b.record.date, a.record.date);
const eventLabel = (t: EventText) => `${t.event.scheduled ? 'Scheduled: ' : ''}${t.date}: ${t.event.label}`;

/** Dated events, each drawn only as precisely as its date is known. */
export const timelineSpec: ChartSpec<TimelineEvent, EventText, TimelineLayout> = {
  ...SPEC_DEFAULTS,
  id: 'timeline',
  recordKind: 'event',
  nouns: { empty: 'dated events', marks: 'events', table: 'events as reported' },
  wide: true,
  reserve: (width) => (width < 600 ? 750 : 350),
  takes: () => true,
  cap: { limit: 40, rule: 'latest events', compare: byDateDesc },
  articleOf: (t) => t.event.source.article,
  describe: (record, match, naming) => describeEvent(record, match, naming),
  compute: (texts, width, measure) =>
    computeTimeline(
      texts.map((t) => ({
        id: t.id,
        date: t.event.date,
        precision: t.event.precision,
        label: t.event.label,
        scheduled: t.event.scheduled,
      })),
      width,
      measure,
    ),
  words: (_texts, layout) => ({
    title: 'Timeline',
    dek: 'What happened when, and what was still ahead when the articles were written.',
    caption: `Dates as the articles give them, drawn only as precisely as they are known.${
      layout.breaks.length > 0 ? ' Where the axis is broken (two slashes), years are left out.' : ''
    }`,
    footer:
      'Point: a day. Bar: a month or year known only that precisely. Hollow dashed: scheduled. Crossroads.',
  }),
  Drawing: TimelineDrawing,
  marks: (layout, byId) =>
    layout.marks.map((m) => ({
      id: m.id,
      hit: { x: m.box.x - 3, y: m.box.y - 1, width: m.box.width + 6, height: m.box.height + 2 },
      anchor: { x: m.box.x, y: m.box.y + m.box.height },
      label: eventLabel(byId.get(m.id)!),
    })),
  ordered: (texts, layout) => {
    const byId = new Map(texts.map((t) => [t.id, t]));
    return layout.marks.map((m) => byId.get(m.id)!);
  },
  csv: { columns: EVENT_COLUMNS, row: eventCsvRow },
  Table: EventTable,
  Tooltip: EventTooltip,
  Key: TimelineKey,
  Controls: TimelineRange,
};
