import type { FollowerSample, PageId, PageSummary, PostRecord, SummaryPost } from './db';
import { RECENT_POSTS } from '../insights/facts';
import { refreshWeeks, weekZone, type WeekStores } from './chart-weeks';
import { followerRange } from './followers';
import { pageRange } from './page-id';

export type { PageSummary, SummaryPost };

/**
 * Own posts a summary keeps: the cadence places the last one and takes the rhythm from eleven;
 * the nudges weigh the newest RECENT_POSTS read ones, and the post after them tells how far down
 * their first read must reach (ReadAhead.recentFrom): with it, no walk down the index follows.
 */
export const SUMMARY_OWN_POSTS = RECENT_POSTS + 1;

interface Cursor<Value> {
  value: Value;
  continue(): Promise<Cursor<Value> | null>;
}

/** The stores a summary is built from, as any transaction holds them (read-only, read-write or an upgrade). */
export interface SummarySources {
  ownByDate: { openCursor(range: IDBKeyRange, direction: 'prev'): Promise<Cursor<PostRecord> | null> };
  followers: { openCursor(range: IDBKeyRange, direction: 'prev'): Promise<Cursor<FollowerSample> | null> };
}

/**
 * A page's summary read from its history's indexes: at most SUMMARY_OWN_POSTS cursor steps and
 * one more for the latest follower sample, however long the history.
 */
export async function summarize(sources: SummarySources, pageId: PageId): Promise<PageSummary> {
  const [ownPosts, latest] = await Promise.all([newestOwn(sources, pageId), sources.followers.openCursor(followerRange(pageId), 'prev')]);
  return { pageId, ownPosts: ownPosts.map(summaryPost), ...(latest && { latestFollowers: latest.value }) };
}

/** The part of an own post a summary keeps (a kept one stays as it is). */
export function summaryPost({ pageId, postId, publishedAt, precision, source }: SummaryPost): SummaryPost {
  return { pageId, postId, publishedAt, ...(precision && { precision }), source };
}

function newestOwn(sources: SummarySources, pageId: PageId): Promise<PostRecord[]> {
  return newestOwnIn(sources.ownByDate, pageId, SUMMARY_OWN_POSTS);
}

/**
 * The page's `count` newest own posts walked down the own-by-date index, newest first: `count`
 * cursor steps at most (none past the last one kept), however long the history.
 */
export async function newestOwnIn(ownByDate: SummarySources['ownByDate'], pageId: PageId, count: number): Promise<PostRecord[]> {
  const posts: PostRecord[] = [];
  let cursor = count > 0 ? await ownByDate.openCursor(pageRange(pageId), 'prev') : null;
  while (cursor && posts.length < count) {
    posts.push(cursor.value);
    cursor = posts.length < count ? await cursor.continue() : null;
  }
  return posts;
}

/** A writing transaction's stores, as `refreshSummary` needs them. */
export interface SummaryStores {
  readonly objectStoreNames: { contains(name: string): boolean };
  objectStore(name: 'posts'): { index(name: 'byOwnPublished'): SummarySources['ownByDate'] & WeekStores['ownByDate'] };
  objectStore(name: 'followers'): SummarySources['followers'];
  objectStore(name: 'summaries'): { get(pageId: PageId): Promise<PageSummary | undefined>; put(value: PageSummary): Promise<unknown> };
  objectStore(name: 'weeks'): WeekStores['weeks'];
}

/**
 * Every writer of a page's posts or follower samples calls this inside its own transaction, after
 * its writes: the summary is then never older than the history it sums up. `touched`: the times
 * of the own posts written or removed (before and after), whose weeks are counted again; without
 * it, or when the weeks kept were counted in another time zone, all of them are. A transaction
 * without the weeks store leaves the page with none kept (the chart then reads its posts).
 */
export async function refreshSummary(tx: SummaryStores, pageId: PageId, touched?: readonly number[]): Promise<PageSummary> {
  const ownByDate = tx.objectStore('posts').index('byOwnPublished');
  const summaries = tx.objectStore('summaries');
  const withWeeks = tx.objectStoreNames.contains('weeks');
  const [summary, before] = await Promise.all([
    summarize({ ownByDate, followers: tx.objectStore('followers') }, pageId),
    withWeeks ? summaries.get(pageId) : undefined,
  ]);
  const zone = weekZone();
  if (withWeeks) await refreshWeeks({ ownByDate, weeks: tx.objectStore('weeks') }, pageId, before?.weeksZone === zone ? touched : undefined);
  const refreshed = withWeeks ? { ...summary, weeksZone: zone } : summary;
  await summaries.put(refreshed);
  return refreshed;
}
