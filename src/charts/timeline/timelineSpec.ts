import type { TimelineEvent } from '../../data/schema';
import { comparePlain } from '../../lib/textOrder';
import { EVENT_COLUMNS, eventCsvRow } from '../csvRows';
import { EventTable } from '../DataTables';
import { describeEvent, type EventText } from '../describeRecord';
import { TIMELINE } from '../kinds';
import { EventTooltip } from '../RecordTooltip';
import { type ChartSpec, type Fold, SPEC_DEFAULTS } from '../spec';
import { computeTimeline } from './computeTimeline';
import { TimelineDrawing } from './TimelineDrawing';
import { TimelineKey } from './TimelineKey';
import { TimelineRange } from './TimelineRange';
import type { TimelineLayout } from './timelineTypes';

const eventLabel = (t: EventText) => `${t.event.scheduled ? 'Scheduled: ' : ''}${t.date}: ${t.event.label}`;

/** Until asked for all, the timeline draws this many of its latest events. */
const FIRST_EVENTS = 16;
const latestEvents = (texts: readonly EventText[]) =>
  texts.length <= FIRST_EVENTS
    ? texts
    : [...texts].sort((a, b) => comparePlain(b.event.date, a.event.date)).slice(0, FIRST_EVENTS);

/** Dated events, each drawn only as precisely as its date is known. */
export const timelineSpec: ChartSpec<TimelineEvent, EventText, TimelineLayout & { fold: Fold }> = {
  ...SPEC_DEFAULTS,
  id: 'timeline',
  recordKind: 'event',
  nouns: { empty: 'dated events', marks: 'events', table: 'events as reported' },
  wide: true,
  reserve: (width) => (width < 600 ? 750 : 350),
  takes: TIMELINE.takes,
  cap: TIMELINE.cap,
  articleOf: (t) => t.event.source.article,
  describe: (record, match, naming) => describeEvent(record, match, naming),
  compute: (texts, width, measure, options) => {
    const drawn = options.showAll === true ? texts : latestEvents(texts);
    return {
      ...computeTimeline(
        drawn.map((t) => ({
          id: t.id,
          date: t.event.date,
          precision: t.event.precision,
          label: t.event.label,
          scheduled: t.event.scheduled,
        })),
        width,
        measure,
      ),
      fold: { shown: drawn.length, total: texts.length, noun: 'latest events' },
    };
  },
  fold: (layout) => layout.fold,
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
