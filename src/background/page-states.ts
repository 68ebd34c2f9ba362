import { cadenceOf, type Cadence } from '../insights/cadence';
import type { Db, PageRecord, PostRecord } from '../store/db';

export interface PageState {
  page: PageRecord;
  cadence: Cadence;
}

/**
 * The newest posts are all the cadence needs to place the last own status and the recent rhythm;
 * reading only these keeps the badge cheap to refresh after every observation, however long a
 * page's history. Reposts and hand-recorded entries are among them, so the margin is generous.
 */
const NEWEST_POSTS = 60;

/** Every tracked page with its cadence now: what the badge and reminders decide on. */
export async function readPageStates(db: Db, now: number): Promise<PageState[]> {
  const tx = db.transaction(['pages', 'posts']);
  const byPublished = tx.objectStore('posts').index('byPublished');
  const pages = await tx.objectStore('pages').getAll();
  return Promise.all(
    pages.map(async (page) => {
      const posts: PostRecord[] = [];
      const range = IDBKeyRange.bound([page.id, -Infinity], [page.id, Infinity]);
      let cursor = await byPublished.openCursor(range, 'prev');
      while (cursor && posts.length < NEWEST_POSTS) {
        posts.push(cursor.value);
        cursor = await cursor.continue();
      }
      return { page, cadence: cadenceOf(page, posts, now) };
    }),
  );
}
