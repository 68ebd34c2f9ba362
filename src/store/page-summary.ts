import type { Db, FollowerSample, PageRecord, PostRecord } from './db';
import { latestSample } from './followers';
import { listPages } from './pages';
import { lastOwnPost } from './posts';

/** What a popup row needs of one tracked page. */
export interface PageSummary {
  page: PageRecord;
  lastOwnPost?: PostRecord;
  latestFollowers?: FollowerSample;
}

export async function listPageSummaries(db: Db): Promise<PageSummary[]> {
  const pages = await listPages(db);
  return Promise.all(
    pages.map(async (page) => ({
      page,
      lastOwnPost: await lastOwnPost(db, page.id),
      latestFollowers: await latestSample(db, page.id),
    })),
  );
}
