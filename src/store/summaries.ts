import type { FollowerSample, PageId, PageSummary, PostRecord, SummaryPost } from './db';
import { followerRange } from './followers';
import { pageRange } from './page-id';

export type { PageSummary, SummaryPost };

/**
 * Own posts a summary keeps: the cadence places the last one and takes the rhythm from eleven;
 * the margin covers hand-recorded entries that the cadence merges away.
 */
export const SUMMARY_OWN_POSTS = 24;

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
  objectStore(name: 'posts'): { index(name: 'byOwnPublished'): SummarySources['ownByDate'] };
  objectStore(name: 'followers'): SummarySources['followers'];
  objectStore(name: 'summaries'): { put(value: PageSummary): Promise<unknown> };
}

/**
 * Every writer of a page's posts or follower samples calls this inside its own transaction, after
 * its writes: the summary is then never older than the history it sums up.
 */
export async function refreshSummary(tx: SummaryStores, pageId: PageId): Promise<PageSummary> {
  const summary = await summarize({ ownByDate: tx.objectStore('posts').index('byOwnPublished'), followers: tx.objectStore('followers') }, pageId);
  await tx.objectStore('summaries').put(summary);
  return summary;
}
