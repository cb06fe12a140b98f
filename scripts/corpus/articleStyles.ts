import type { Random } from './random';

// How the synthetic articles read: invented outlets, bylines, and four house styles (wire story,
// brief, press release, live blog), each with its own headlines, lead and body layout. Every
// sentence that carries a record is added verbatim; the styles only arrange them among lines of
// their own, so quotes always stay findable.

export const PUBLISHERS = [
  'Steppe Wire',
  'Caspian Ledger',
  'Silk Road Desk',
  'Gulf and Steppe Review',
  'Pamir Post',
  'Eurasia Freight Journal',
  'Tien Shan Times',
  'Corridor Monitor',
  'The Aral Observer',
  'Bosphorus Business Daily',
] as const;

const FIRST_NAMES = ['Aigerim', 'Daniyar', 'Madina', 'Farhod', 'Leyla', 'Timur', 'Nadia', 'Rustam'];
const MORE_FIRST_NAMES = ['Sofia', 'Jonas', 'Elif', 'Arman', 'Zarina', 'Pavel', 'Hannah', 'Karim'];
const LAST_NAMES = ['Sadykova', 'Omarov', 'Rahimova', 'Karimov', 'Aliyeva', 'Bekov', 'Novak', 'Demir'];
const MORE_LAST_NAMES = ['Lindqvist', 'Yusupov', 'Tashkentova', 'Hartmann', 'Ozturk', 'Mirzaev'];
const AGENCIES = ['Reuters', 'AFP', 'dpa', 'AP'];

export function byline(rng: Random): string | undefined {
  const roll = rng.next();
  if (roll < 0.25) return undefined;
  const person = () =>
    `${rng.pick([...FIRST_NAMES, ...MORE_FIRST_NAMES])} ${rng.pick([...LAST_NAMES, ...MORE_LAST_NAMES])}`;
  if (roll < 0.7) return person();
  if (roll < 0.85) return `${person()} and ${person()}`;
  return `${person()} with ${rng.sample(AGENCIES, rng.between(1, 2)).join(', ')}`;
}

export type ArticleStyle = 'wire' | 'brief' | 'release' | 'live' | 'analysis';
/** Relative frequency of each style: mostly wire stories, some of everything else. */
export const STYLE_WEIGHTS: readonly [ArticleStyle, number][] = [
  ['wire', 5],
  ['brief', 2],
  ['release', 1],
  ['live', 1],
  ['analysis', 1],
];

/** A headline from the two countries an article is about its month ("June 2021") and a topic ("rail"). */
type Headline = (a: string, b: string, month: string, topic: string) => string;

export const TOPICS = ['rail', 'gas', 'grain', 'power', 'transit', 'mining', 'road', 'cotton'];
export const HEADLINES: Record<ArticleStyle, readonly Headline[]> = {
  wire: [
    (a, b, _m, t) => `${a} and ${b} expand ${t} links as trade grows`,
    (a, b, _m, t) => `${a} courts ${b} on ${t} and transit`,
    (a, b, _m, t) => `New ${t} deals put ${a} at the centre of talks with ${b}`,
    (a, b) => `${a} and ${b} weigh costs of regional conflict`,
    (a, b, _m, t) => `Investment from ${b} reshapes ${a}'s ${t} sector`,
    (a, b, _m, t) => `${a} presses ${b} over delays to ${t} projects`,
    (a, b, _m, t) => `${a} and ${b} sign ${t} accords`,
    (a, b, _m, t) => `${a} looks to ${b} as ${t} exports slow`,
    (a, b, _m, t) => `${a}, ${b} clash over ${t} tariffs`,
    (a, b, _m, t) => `Border queues test ${t} ties between ${a} and ${b}`,
  ],
  brief: [
    (a, _b, month) => `${a}: figures of the week, ${month}`,
    (a, b, month) => `In brief: ${a} and ${b}, ${month}`,
    (a, _b, month) => `${a} at a glance, ${month}`,
  ],
  release: [
    (a, b) => `Ministry statement on cooperation between ${a} and ${b}`,
    (a, _b, month) => `${a} announces results of its transport programme for ${month}`,
    (a, b) => `Joint communique of ${a} and ${b}`,
  ],
  live: [
    (a, b) => `Live: ${a} and ${b} talks, as it happened`,
    (a, _b, month) => `Live updates: crisis around ${a}, ${month}`,
    (a, b) => `Live: strikes and diplomacy, ${a} and ${b}`,
  ],
  analysis: [
    (a, b) => `Analysis: what ${b} wants from ${a}`,
    (a, _b, _m, t) => `Why ${a}'s ${t} ambitions keep slipping`,
    (a, b, _m, t) => `The long game between ${a} and ${b} over ${t}`,
  ],
};

type Lead = (a: string, b: string) => string;
export const LEADS: Record<ArticleStyle, readonly Lead[]> = {
  wire: [
    (a, b) => `Leaders and officials in ${a} and ${b} are weighing new projects, figures and deadlines.`,
    (a, b) => `Talks between ${a} and ${b} turned this week to money, routes and security.`,
  ],
  brief: [(a) => `The main numbers reported about ${a} this week.`],
  release: [
    (a, b) => `The government of ${a} issued the following statement on its work with ${b}.`,
    (a) => `The ministry of transport of ${a} reports on the progress of its programme.`,
  ],
  live: [(a, b) => `Follow our live coverage of events in ${a} and ${b}. Times are local.`],
  analysis: [
    (a, b) => `For a decade ${a} has tried to balance its neighbours, and ${b} is only one of them.`,
    (a, b) => `Behind the announcements, ${a} and ${b} are still bargaining over who pays.`,
  ],
};

export const FILLERS = [
  'Analysts say the region is competing for investment from several powers at once.',
  'Officials did not respond to requests for comment.',
  'The announcement was welcomed by business groups in the capital.',
  'Critics questioned whether the plans could be financed on time.',
  'The talks were held behind closed doors.',
  'Diplomats described the meeting as constructive.',
  'Transit through the region has grown since older routes were disrupted.',
  'Residents said they had heard little about the plans before they were announced.',
  'Economists cautioned that official statistics are revised often.',
  'The opposition called for the figures to be published in full.',
];

/** Lines per paragraph, and how many filler lines each style mixes in per cited sentence. */
export const LAYOUT: Record<ArticleStyle, { paragraph: [number, number]; fillerEvery: number }> = {
  wire: { paragraph: [1, 3], fillerEvery: 5 },
  brief: { paragraph: [1, 2], fillerEvery: 100 },
  release: { paragraph: [2, 4], fillerEvery: 8 },
  live: { paragraph: [1, 1], fillerEvery: 4 },
  analysis: { paragraph: [2, 4], fillerEvery: 2 },
};

/** "14:05": a live blog's entry time, on a line of its own so no quote runs into it. */
export const liveStamp = (rng: Random): string =>
  `${String(rng.between(6, 23)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')}`;
