import type { TimelineEvent } from '../../data/schema';
import { comparePlain } from '../../lib/textOrder';
import type { Matched } from '../../state/selectors';
import type { EventText } from '../describeRecord';
import { TIMELINE } from '../kinds';
import { eventChart, inLayoutOrder } from '../specDefaults';
import { computeTimeline } from './computeTimeline';
import { TimelineDrawing } from './TimelineDrawing';
import { TimelineKey } from './TimelineKey';
import { TimelineRange } from './TimelineRange';

const eventLabel = (t: EventText) => `${t.event.scheduled ? 'Scheduled: ' : ''}${t.date}: ${t.event.label}`;

/** Until asked for all, the timeline draws this many of its latest events. */
const FIRST_EVENTS = 16;
const latestEvents = (records: readonly Matched<TimelineEvent>[]) =>
  records.length <= FIRST_EVENTS
    ? records
    : [...records].sort((a, b) => comparePlain(b.record.date, a.record.date)).slice(0, FIRST_EVENTS);

/** Dated events, each drawn only as precisely as its date is known. */
export const timelineSpec = eventChart(TIMELINE, {
  nouns: { marks: 'events', table: 'events as reported' },
  wide: true,
  compute: (records, width, measure, options) => {
    const drawn = options.showAll === true ? records : latestEvents(records);
    return {
      ...computeTimeline(
        drawn.map(({ record: e }) => ({
          id: e.id,
          date: e.date,
          precision: e.precision,
          label: e.label,
          scheduled: e.scheduled,
        })),
        width,
        measure,
      ),
      fold: { shown: drawn.length, total: records.length, noun: 'latest events' },
    };
  },
  fold: (layout) => layout.fold,
  words: (_texts, layout) => ({
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
  ordered: (texts, layout) =>
    inLayoutOrder(
      texts,
      layout.marks.map((m) => m.id),
      'dropped',
    ),
  Key: TimelineKey,
  Controls: TimelineRange,
});
