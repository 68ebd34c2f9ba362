import type { ObservedPost } from '../sites/types';
import type { Db, PageId, PostRecord } from './db';
import { isAtLeastAsPrecise } from './precision';

/**
 * What a stored post becomes after this observation of it, or null when nothing changed
 * (so that revisiting an unchanged page writes nothing).
 */
export function mergePost(
  stored: PostRecord | undefined,
  seen: ObservedPost,
  pageId: PageId,
  now: number,
): PostRecord | null {
  if (!stored) {
    return { ...postFields(seen), pageId, postId: seen.id, firstSeenAt: now, lastSeenAt: now, source: 'read' };
  }
  const next: PostRecord = { ...stored };
  let changed = false;
  // A date read to the minute is not replaced by a later, vaguer "3 d".
  if (
    seen.publishedAt !== undefined &&
    (stored.publishedAt === undefined || isAtLeastAsPrecise(seen.precision, stored.precision)) &&
    (seen.publishedAt !== stored.publishedAt || seen.precision !== stored.precision)
  ) {
    next.publishedAt = seen.publishedAt;
    next.precision = seen.precision;
    changed = true;
  }
  for (const field of ['url', 'text', 'kind', 'pinned', 'repost', 'reactions', 'comments', 'shares'] as const) {
    if (seen[field] !== undefined && seen[field] !== stored[field]) {
      (next as unknown as Record<string, unknown>)[field] = seen[field];
      changed = true;
    }
  }
  if (!changed) return null;
  next.lastSeenAt = now;
  return next;
}

function postFields(seen: ObservedPost): Omit<PostRecord, 'pageId' | 'postId' | 'firstSeenAt' | 'lastSeenAt' | 'source'> {
  const { id: _id, ...fields } = seen;
  return fields;
}

/** The newest post that is the page's own status (reposts are someone else's). */
export async function lastOwnPost(db: Db, pageId: PageId): Promise<PostRecord | undefined> {
  const range = IDBKeyRange.bound([pageId, -Infinity], [pageId, Infinity]);
  let cursor = await db.transaction('posts').store.index('byPublished').openCursor(range, 'prev');
  while (cursor) {
    if (!cursor.value.repost) return cursor.value;
    cursor = await cursor.continue();
  }
  return undefined;
}
