import type { IdeaAction } from '../messages';
import { isManualPostId, manualPost } from '../insights/manual-post';
import { withOwnAt, type Db, type PageId, type PageRole } from '../store/db';
import { refreshSummary } from '../store/summaries';

/**
 * Stores "I just posted" / "I posted on …". The manual record has an id of its own, so it can
 * never replace a read post; recording the same minute twice stores it once.
 */
export async function recordManualPost(
  db: Db,
  pageId: PageId,
  at: number,
  precision: 'minute' | 'day',
  now: number,
): Promise<string | null> {
  const post = manualPost(pageId, at, now, precision);
  if (!post) return null;
  const tx = db.transaction(['pages', 'posts', 'followers', 'summaries', 'weeks'], 'readwrite');
  const known = await tx.objectStore('pages').get(pageId);
  if (known && !(await tx.objectStore('posts').get([pageId, post.postId]))) {
    await tx.objectStore('posts').put(withOwnAt(post));
    await refreshSummary(tx, pageId, [post.publishedAt!]);
  }
  await tx.done;
  return known ? post.postId : null;
}

/**
 * Undoes a mistaken "I just posted": removes that hand-made record, and only such a record (a
 * post read from the page is the page's own word and stays). False when there was none.
 */
export async function removeManualPost(db: Db, pageId: PageId, postId: string): Promise<boolean> {
  if (!isManualPostId(postId)) return false;
  const tx = db.transaction(['posts', 'followers', 'summaries', 'weeks'], 'readwrite');
  const posts = tx.objectStore('posts');
  const stored = await posts.get([pageId, postId]);
  const removable = stored?.source === 'manual';
  if (removable) {
    await posts.delete([pageId, postId]);
    // The page's summary holds its newest own posts, and its week the chart counts: the undone one must leave them too.
    await refreshSummary(tx, pageId, stored.ownAt === undefined ? [] : [stored.ownAt]);
  }
  await tx.done;
  return removable;
}

export async function saveIdeaAction(db: Db, pageId: PageId, ideaId: string, action: IdeaAction, now: number): Promise<boolean> {
  const tx = db.transaction(['pages', 'ideas'], 'readwrite');
  const known = await tx.objectStore('pages').get(pageId);
  if (known) await tx.objectStore('ideas').put({ pageId, ideaId, state: action, at: now });
  await tx.done;
  return known !== undefined;
}

export async function updatePage(
  db: Db,
  pageId: PageId,
  change: { goalDays: number | null; role: PageRole; muted?: boolean },
): Promise<boolean> {
  const tx = db.transaction('pages', 'readwrite');
  const page = await tx.store.get(pageId);
  if (page) {
    const { goalDays: _goal, muted: _muted, ...rest } = page;
    const muted = change.muted ?? page.muted;
    await tx.store.put({
      ...rest,
      role: change.role,
      ...(muted !== undefined && { muted }),
      ...(change.goalDays !== null && { goalDays: change.goalDays }),
    });
  }
  await tx.done;
  return page !== undefined;
}

