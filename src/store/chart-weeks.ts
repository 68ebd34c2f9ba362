/**
 * The popup's chart marks a quarter of a page's own posts per week (insights/post-groups.ts):
 * read from the posts, that is some 240 records at each opening on a page posting 2.7 times a
 * day, three times what a month-old page reads. Each week's group is kept here instead, written
 * with the posts in the same transaction (refreshSummary): the chart reads a dozen of them, and
 * the posts of its two partial weeks only.
 */
import { MERGE_REACH_MS, ownStatuses } from '../insights/cadence';
import { chartGroupsOf, weekAfter, weekStart, type PostGroup } from '../insights/post-groups';
import type { PageId, PostRecord } from './db';

/** One week's group as the chart shows it (unit 'week'), for one page. */
export type ChartWeek = Omit<PostGroup, 'unit'> & { pageId: PageId };

/**
 * The time zone weeks were counted in (a week starts on Monday at local midnight): kept in the
 * page's summary, so that weeks counted elsewhere are never shown as this zone's.
 */
export function weekZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The stores a week refresh uses, as a writing transaction (or an upgrade) holds them. */
export interface WeekStores {
  ownByDate: { getAll(range: IDBKeyRange): Promise<PostRecord[]> };
  weeks: { delete(range: IDBKeyRange): Promise<unknown>; put(week: ChartWeek): Promise<unknown> };
}

/**
 * Writes the page's weeks anew around `touched` (the times of own posts just written or
 * removed, before and after the change), or every week of the page without it. A post decides
 * whether a hand-recorded entry within MERGE_REACH_MS of it counts (ownStatuses), so every
 * week within that reach of a touched time is counted again, from the posts within that reach
 * of it (up to a chain of more hand-recorded entries than that reach holds, each within an
 * hour of the next, as nudgePosts reads them).
 */
export async function refreshWeeks(stores: WeekStores, pageId: PageId, touched?: readonly number[]): Promise<void> {
  const spans = touched ? spansAround(touched) : [{ from: -Infinity, to: Infinity }];
  await Promise.all(spans.map((span) => countWeeks(stores, pageId, span)));
}

/** What the weeks are counted from of a post (see ownStatuses and ChartPost). */
const COUNTED: readonly (keyof PostRecord)[] = ['ownAt', 'publishedAt', 'precision', 'source', 'repost', 'text', 'kind', 'reactions'];

/**
 * The times a post's change touches in the weeks (where it was and where it is now, as an own
 * post): none when only what the weeks do not keep changed, as a post seen again on a later day.
 */
export function touchedBy(before: PostRecord | undefined, after: PostRecord): number[] {
  if (before && COUNTED.every((field) => before[field] === after[field])) return [];
  return [before?.ownAt, after.ownAt].filter((at): at is number => at !== undefined);
}

/** The weeks within reach of each time, as [from, to) spans of whole weeks, joined where they meet. */
function spansAround(touched: readonly number[]): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  for (const at of [...touched].filter(Number.isFinite).sort((a, b) => a - b)) {
    const from = weekStart(at - MERGE_REACH_MS);
    const to = weekAfter(weekStart(at + MERGE_REACH_MS));
    const last = spans.at(-1);
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else spans.push({ from, to });
  }
  return spans;
}

async function countWeeks({ ownByDate, weeks }: WeekStores, pageId: PageId, { from, to }: { from: number; to: number }): Promise<void> {
  const posts = await ownByDate.getAll(IDBKeyRange.bound([pageId, from - MERGE_REACH_MS], [pageId, to + MERGE_REACH_MS]));
  // In the order asked: the weeks of the span are gone before its counts are written.
  const writes = [weeks.delete(IDBKeyRange.bound([pageId, from], [pageId, to], false, true))];
  for (const week of countedWeeks(pageId, posts, from, to)) writes.push(weeks.put(week));
  await Promise.all(writes);
}

/** The weeks starting from `from` to `to` (left out) that `posts` (with those within reach of them) count for the page. */
export function countedWeeks(pageId: PageId, posts: readonly PostRecord[], from = -Infinity, to = Infinity): ChartWeek[] {
  return chartGroupsOf(ownStatuses({ id: pageId }, posts), from, to - 1, 'week').map(({ start, count, posts: shown }) => ({ pageId, start, count, posts: shown }));
}

/** The kept weeks as the chart's groups. */
export function weekGroups(weeks: readonly ChartWeek[]): PostGroup[] {
  return weeks.map(({ start, count, posts }) => ({ unit: 'week', start, count, posts }));
}
