/**
 * Dates a page writes as text, read in two steps: an adapter's observe keeps the texts of a post
 * it could not date otherwise (ObservedPost.shownDates), and its settleDates reads them through
 * a ReadDate, the date parser wherever it runs (here in tests, in the worker for a content script).
 */
import { DATE_PRECISIONS, type ObservedPost, type PostDate, type ReadDate } from './types';

/** Of the dates the sources give, the most precise; the first of those on a tie. */
export function finest(dates: (PostDate | undefined)[]): PostDate | undefined {
  let best: PostDate | undefined;
  for (const date of dates) {
    if (date && (!best || DATE_PRECISIONS.indexOf(date.precision) < DATE_PRECISIONS.indexOf(best.precision))) best = date;
  }
  return best;
}

/** The post without its texts, dated by the finest of them when it had no date of its own. */
export function withShownDate(post: ObservedPost, readDate: ReadDate): ObservedPost {
  const { shownDates, ...settled } = post;
  if (!shownDates || settled.publishedAt !== undefined) return settled;
  const date = finest(shownDates.texts.map((text) => readDate(text, shownDates.locale)));
  return date ? { ...settled, ...date } : settled;
}
