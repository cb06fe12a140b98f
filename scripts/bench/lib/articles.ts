import type { Article, Source } from '../../../src/data/schema';
import { dayOf, isoOf, longDate, slashDate } from './dates';
import { REGION } from './geography';
import type { CountryNames } from './names';
import type { Random } from './random';
import { PUBLISHERS, slugify } from './words';

// The synthetic news articles. Records are cited into a random article: each citation adds the
// record's sentence to that article's body, so every quote is in its article verbatim.

export interface ArticleSlot {
  id: string;
  /** Publication day (days since 1970), or null for an undated page. */
  published: number | null;
}

interface Draft extends ArticleSlot {
  title: string;
  publishedAsWritten: string | null;
  publisher: string | null;
  sourceFile: string;
  topics: [string, string];
  sentences: string[];
}

const FIRST_DAY = dayOf('2019-01-01');
const LAST_DAY = dayOf('2025-06-30');
/** The day undated articles are assumed to be read on, so their records still get past dates. */
export const UNDATED_REFERENCE_DAY = LAST_DAY;

const TITLES = [
  (a: string, b: string) => `${a} and ${b} expand transport links as trade grows`,
  (a: string, b: string) => `${a} courts ${b} on energy and transit`,
  (a: string, b: string) => `New routes put ${a} at the centre of talks with ${b}`,
  (a: string, b: string) => `${a} and ${b} weigh costs of regional conflict`,
  (a: string, b: string) => `Investment from ${b} reshapes ${a}'s economy`,
];
const FILLERS = [
  'Analysts say the region is competing for investment from several powers at once.',
  'Officials did not respond to requests for comment.',
  'The announcement was welcomed by business groups in the capital.',
  'Critics questioned whether the plans could be financed on time.',
  'The talks were held behind closed doors.',
  'Diplomats described the meeting as constructive.',
  'Transit through the region has grown since older routes were disrupted.',
  'Residents said they had heard little about the plans before they were announced.',
];

export class ArticlePool {
  private readonly drafts: Draft[] = [];

  constructor(
    private readonly rng: Random,
    count: number,
    names: CountryNames,
  ) {
    for (let i = 0; i < count; i++) {
      const [first, second] = rng.sample(REGION, 2).map((country) => names.name(country.code));
      const topics: [string, string] = [first ?? '', second ?? ''];
      const title = rng.pick(TITLES)(topics[0], topics[1]);
      const number = String(i + 1).padStart(4, '0');
      const published = rng.chance(0.05) ? null : rng.between(FIRST_DAY, LAST_DAY);
      this.drafts.push({
        id: `bench-${number}-${slugify(title, 60)}`,
        title,
        published,
        publishedAsWritten: this.asWritten(published),
        publisher: rng.chance(0.2) ? null : rng.pick(PUBLISHERS),
        sourceFile: `bench/${number}.txt`,
        topics,
        sentences: [],
      });
    }
  }

  private asWritten(published: number | null): string | null {
    if (published === null) return this.rng.pick(['3 hours ago', 'yesterday', '2 days ago']);
    const style = this.rng.int(3);
    return style === 0 ? longDate(published) : style === 1 ? slashDate(published) : null;
  }

  pick(): ArticleSlot {
    return this.rng.pick(this.drafts);
  }

  /** Adds `sentence` to the article and returns a source quoting `quote`, a part of it. */
  cite(slot: ArticleSlot, sentence: string, quote: string = sentence): Source {
    if (!sentence.includes(quote)) throw new Error(`quote is not part of its sentence: ${quote}`);
    (slot as Draft).sentences.push(sentence);
    return { article: slot.id, quote };
  }

  /** The finished articles: cited sentences shuffled among lead and filler lines, in paragraphs. */
  build(): Article[] {
    return this.drafts.map((draft) => {
      const lead = `Leaders and officials in ${draft.topics[0]} and ${draft.topics[1]} are weighing new projects, figures and deadlines.`;
      const body = this.rng.shuffle([...draft.sentences]);
      for (let at = body.length; at > 0; at -= 6) body.splice(at, 0, this.rng.pick(FILLERS));
      const paragraphs: string[] = [lead];
      for (let i = 0; i < body.length; ) {
        const size = this.rng.between(1, 4);
        paragraphs.push(body.slice(i, i + size).join(' '));
        i += size;
      }
      return {
        id: draft.id,
        title: draft.title,
        publisher: draft.publisher,
        published: draft.published === null ? null : isoOf(draft.published),
        publishedAsWritten: draft.publishedAsWritten,
        sourceFile: draft.sourceFile,
        paragraphs,
      };
    });
  }
}
