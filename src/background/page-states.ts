import { cadenceOf, type Cadence } from '../insights/cadence';
import { pageRange, type Db, type PageRecord, type PostRecord } from '../store/db';

export interface PageState {
  page: PageRecord;
  cadence: Cadence;
  /** The newest own status as stored (the cadence may place a hand-recorded one after it). */
  lastOwnPost?: PostRecord;
}

/**
 * The newest own statuses are all the cadence needs to place the last one and the recent rhythm
 * (it looks at eleven); reading only these keeps the badge cheap to refresh after every
 * observation, however long a page's history. The margin covers hand-recorded entries that
 * the cadence merges away.
 */
export const NEWEST_OWN = 24;

/** Every tracked page with its cadence now: what the badge and reminders decide on. */
export async function readPageStates(db: Db, now: number): Promise<PageState[]> {
  const tx = db.transaction(['pages', 'posts']);
  const ownByDate = tx.objectStore('posts').index('byOwnPublished');
  const pages = await tx.objectStore('pages').getAll();
  return Promise.all(
    pages.map(async (page) => {
      const posts: PostRecord[] = [];
      let cursor = await ownByDate.openCursor(pageRange(page.id), 'prev');
      while (cursor && posts.length < NEWEST_OWN) {
        posts.push(cursor.value);
        cursor = await cursor.continue();
      }
      return { page, cadence: cadenceOf(page, posts, now), ...(posts[0] && { lastOwnPost: posts[0] }) };
    }),
  );
}
