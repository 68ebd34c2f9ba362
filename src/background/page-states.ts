import { cadenceOf, type Cadence } from '../insights/cadence';
import type { Db, FollowerSample, PageRecord, PageSummary } from '../store/db';
import { summarize } from '../store/summaries';

export interface PageState {
  page: PageRecord;
  cadence: Cadence;
  latestFollowers?: FollowerSample;
}

/**
 * Every tracked page with its cadence now and its latest follower sample: what the badge,
 * reminders and the popup's list decide on. Two reads in one transaction (the pages and their
 * summaries), however long each history, so the badge stays cheap to refresh after every
 * observation and the popup opens as fast at five years as at one month.
 */
export async function readPageStates(db: Db, now: number): Promise<PageState[]> {
  const tx = db.transaction(['pages', 'summaries', 'posts', 'followers']);
  const [pages, summaries] = await Promise.all([tx.objectStore('pages').getAll(), tx.objectStore('summaries').getAll()]);
  const byPage = new Map(summaries.map((summary) => [summary.pageId, summary]));
  return Promise.all(
    pages.map(async (page) => {
      // Every writer keeps the summary; a page without one (written by hand, outside the store's
      // modules) is summed up from its indexes rather than shown as empty.
      const summary: PageSummary =
        byPage.get(page.id) ?? (await summarize({ ownByDate: tx.objectStore('posts').index('byOwnPublished'), followers: tx.objectStore('followers') }, page.id));
      const { ownPosts, latestFollowers } = summary;
      return {
        page,
        cadence: cadenceOf(page, ownPosts, now),
        ...(latestFollowers && { latestFollowers }),
      };
    }),
  );
}
