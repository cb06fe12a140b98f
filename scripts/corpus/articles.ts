import type { Article, Source } from '../../src/data/schema';
import {
  type ArticleStyle,
  byline,
  FILLERS,
  HEADLINES,
  LAYOUT,
  LEADS,
  liveStamp,
  PUBLISHERS,
  STYLE_WEIGHTS,
  TOPICS,
} from './articleStyles';
import { dayOf, isoOf, longDate, monthYear, slashDate } from './dates';
import { REGION } from './geography';
import type { CountryNames } from './names';
import type { Random } from './random';
import { slugify } from './words';

// The synthetic news articles. Records are cited into an article: each citation adds the record's
// sentence to that article's body, so every quote is in its article verbatim.

export interface ArticleSlot {
  id: string;
  /** Publication day (days since 1970), or null for an undated page. */
  published: number | null;
}

interface Draft extends ArticleSlot {
  title: string;
  style: ArticleStyle;
  publishedAsWritten: string | null;
  publisher: string | null;
  byline: string | undefined;
  sourceFile: string;
  topics: [string, string];
  sentences: string[];
}

export interface PoolOptions {
  count: number;
  /** First and last publication dates, ISO. */
  from: string;
  to: string;
  /** Prefix of ids and source file names ("bench", "corpus"). */
  prefix: string;
}

const weightedStyle = (rng: Random): ArticleStyle => {
  let rest = rng.next() * STYLE_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  for (const [style, weight] of STYLE_WEIGHTS) {
    rest -= weight;
    if (rest < 0) return style;
  }
  return 'wire';
};

export class ArticlePool {
  private readonly drafts: Draft[] = [];
  /** The dated drafts, oldest first, for records that need an article after a given day. */
  private readonly dated: Draft[];

  constructor(
    private readonly rng: Random,
    readonly options: PoolOptions,
    names: CountryNames,
  ) {
    const [first, last] = [dayOf(options.from), dayOf(options.to)];
    const titles = new Map<string, number>();
    for (let i = 0; i < options.count; i++) {
      const [a, b] = rng.sample(REGION, 2).map((country) => names.name(country.code));
      const topics: [string, string] = [a ?? '', b ?? ''];
      const style = weightedStyle(rng);
      const published = rng.chance(0.03) ? null : rng.between(first, last);
      const headline = rng.pick(HEADLINES[style])(
        topics[0],
        topics[1],
        published === null ? 'this week' : monthYear(published),
        rng.pick(TOPICS),
      );
      // A headline a desk has used before comes back as a wire update ("UPDATE 2-…"), so titles stay distinct.
      const uses = (titles.get(headline) ?? 0) + 1;
      titles.set(headline, uses);
      const title = uses === 1 ? headline : `UPDATE ${uses}-${headline}`;
      const number = String(i + 1).padStart(4, '0');
      this.drafts.push({
        id: `${options.prefix}-${number}-${slugify(title, 60)}`,
        title: title.charAt(0).toUpperCase() + title.slice(1),
        style,
        published,
        publishedAsWritten: this.asWritten(published),
        publisher: rng.chance(0.1) ? null : rng.pick(PUBLISHERS),
        byline: byline(rng),
        sourceFile: `${options.prefix}/${number}.txt`,
        topics,
        sentences: [],
      });
    }
    this.dated = this.drafts
      .filter((d) => d.published !== null)
      .sort((x, y) => (x.published ?? 0) - (y.published ?? 0));
  }

  private asWritten(published: number | null): string | null {
    if (published === null) return this.rng.pick(['3 hours ago', 'yesterday', '2 days ago']);
    const style = this.rng.int(3);
    return style === 0 ? longDate(published) : style === 1 ? slashDate(published) : null;
  }

  /** The article's day; an undated one is read as of the last day, so its records get past dates. */
  dayOf(slot: ArticleSlot): number {
    return slot.published ?? dayOf(this.options.to);
  }

  pick(): ArticleSlot {
    return this.rng.pick(this.drafts);
  }

  /** A dated article published on or after `day`, or the latest one when none is (check its date). */
  pickFrom(day: number): ArticleSlot {
    let low = 0;
    let high = this.dated.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.dated[mid]?.published ?? 0) < day) low = mid + 1;
      else high = mid;
    }
    const choices = this.dated.slice(low, low + 40);
    if (choices.length > 0) return this.rng.pick(choices);
    return this.dated.at(-1) ?? this.pick();
  }

  /** Adds `sentence` to the article and returns a source quoting `quote`, a part of it. */
  cite(slot: ArticleSlot, sentence: string, quote: string = sentence): Source {
    if (!sentence.includes(quote)) throw new Error(`quote is not part of its sentence: ${quote}`);
    (slot as Draft).sentences.push(sentence);
    return { article: slot.id, quote };
  }

  /** The finished articles: cited sentences shuffled among the style's lead and filler lines. */
  build(): Article[] {
    return this.drafts.map((draft) => {
      const [a, b] = draft.topics;
      const layout = LAYOUT[draft.style];
      const body = this.rng.shuffle([...draft.sentences]);
      for (let at = body.length; at > 0; at -= layout.fillerEvery) body.splice(at, 0, this.rng.pick(FILLERS));
      const paragraphs: string[] = [this.rng.pick(LEADS[draft.style])(a, b)];
      for (let i = 0; i < body.length; ) {
        const size = this.rng.between(...layout.paragraph);
        if (draft.style === 'live') paragraphs.push(liveStamp(this.rng));
        paragraphs.push(body.slice(i, i + size).join(' '));
        i += size;
      }
      return {
        id: draft.id,
        title: draft.title,
        publisher: draft.publisher,
        published: draft.published === null ? null : isoOf(draft.published),
        publishedAsWritten: draft.publishedAsWritten,
        ...(draft.byline === undefined ? {} : { byline: draft.byline }),
        sourceFile: draft.sourceFile,
        paragraphs,
      };
    });
  }
}
