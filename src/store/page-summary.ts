import { pageRange, type Db, type FollowerSample, type PageRecord, type PostRecord } from './db';
import { sampleAtOrBefore } from './followers';

/** What one popup row shows for a tracked page. */
export interface PageSummary {
  page: PageRecord;
  lastOwnPost?: PostRecord;
  latestFollowers?: FollowerSample;
  /** The last sample taken at or before `trendSince`: the count the trend is measured from. */
  followersThen?: FollowerSample;
}

/**
 * Every tracked page with its last own status and follower counts, in one read transaction.
 * The pages store is read whole because it is the list of tracked pages; each page then costs
 * one or two single-step index cursors, however many posts and samples it holds.
 */
export async function listPageSummaries(db: Db, options: { trendSince?: number } = {}): Promise<PageSummary[]> {
  const tx = db.transaction(['pages', 'posts', 'followers']);
  const own = tx.objectStore('posts').index('byOwnPublished');
  const followers = tx.objectStore('followers');
  const pages = await tx.objectStore('pages').getAll();
  return Promise.all(
    pages.map(async (page): Promise<PageSummary> => {
      const [lastOwnPost, latestFollowers, followersThen] = await Promise.all([
        own.openCursor(pageRange(page.id), 'prev'),
        sampleAtOrBefore(followers, page.id),
        options.trendSince === undefined ? undefined : sampleAtOrBefore(followers, page.id, options.trendSince),
      ]);
      return {
        page,
        ...(lastOwnPost && { lastOwnPost: lastOwnPost.value }),
        ...(latestFollowers && { latestFollowers }),
        ...(followersThen && { followersThen }),
      };
    }),
  );
}
