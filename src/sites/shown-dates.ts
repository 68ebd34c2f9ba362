/**
 * Dates a page writes as text, read in two steps: an adapter's observe keeps the texts of a post
 * it could not date otherwise (ObservedPost.shownDates), and its settleTexts reads them through
 * a ReadDate, the date parser wherever it runs (here in tests, in the worker for a content script).
 */
import { MAX_DATE_TEXT } from '../message-limits';
import { missingFromPosts, type PostField } from './read';
import { DATE_PRECISIONS, type Observation, type ObservedPost, type PostDate, type ReadDate } from './types';

/** Of the dates the sources give, the most precise; the first of those on a tie. */
export function finest(dates: (PostDate | undefined)[]): PostDate | undefined {
  let best: PostDate | undefined;
  for (const date of dates) {
    if (date && (!best || DATE_PRECISIONS.indexOf(date.precision) < DATE_PRECISIONS.indexOf(best.precision))) best = date;
  }
  return best;
}

/** A post's date texts as the page wrote them, trimmed, once each, in order; none that no date is as long as. */
export function shownDatesOf(texts: readonly (string | null | undefined)[], locale: string): Pick<ObservedPost, 'shownDates'> {
  const kept = [...new Set(texts.map((text) => text?.trim()))].filter((text): text is string => !!text && text.length <= MAX_DATE_TEXT);
  return kept.length ? { shownDates: { locale, texts: kept } } : {};
}

/**
 * A settleTexts for a site whose posts all show a date: each post dated by its texts, then what
 * the posts lack among `fields` (read.ts's missingFromPosts) added to what observe found missing.
 */
export function settleThenJudge(fields: readonly PostField[]) {
  return (observation: Observation, readDate: ReadDate): Observation => {
    const posts = observation.posts.map((post) => withShownDate(post, readDate));
    return { ...observation, posts, missing: [...(observation.missing ?? []), ...missingFromPosts(posts, fields)] };
  };
}

/** The post without its texts, dated by the finest of them when it had no date of its own. */
export function withShownDate(post: ObservedPost, readDate: ReadDate): ObservedPost {
  const { shownDates, ...settled } = post;
  if (!shownDates || settled.publishedAt !== undefined) return settled;
  const date = finest(shownDates.texts.map((text) => readDate(text, shownDates.locale)));
  return date ? { ...settled, ...date } : settled;
}
