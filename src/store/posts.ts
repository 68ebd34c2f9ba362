import type { IDBPIndex } from 'idb';
import type { ObservedPost } from '../sites/types';
import { pageRange, withOwnAt, type AnimateurDB, type Db, type PageId, type PostRecord } from './db';
import { isDayOld } from './freshness';
import { isAtLeastAsPrecise, isSameReading } from './precision';
import { newestOwnIn } from './summaries';

const OBSERVED_FIELDS = ['url', 'text', 'kind', 'pinned', 'repost', 'reactions', 'comments', 'shares'] as const;

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
    return withOwnAt({ ...postFields(seen), pageId, postId: seen.id, firstSeenAt: now, lastSeenAt: now, source: 'read' });
  }
  const next: PostRecord = { ...stored };
  let changed = false;
  if (isBetterDate(stored, seen)) {
    next.publishedAt = seen.publishedAt;
    next.precision = seen.precision;
    changed = true;
  }
  for (const field of OBSERVED_FIELDS) {
    if (seen[field] !== undefined && seen[field] !== stored[field]) {
      (next as unknown as Record<string, unknown>)[field] = seen[field];
      changed = true;
    }
  }
  if (!changed && !isDayOld(stored.lastSeenAt, now)) return null;
  next.lastSeenAt = now;
  return withOwnAt(next);
}

type Dated = Pick<PostRecord, 'publishedAt' | 'precision'>;

/** A date read to the minute is not replaced by a later, vaguer "3 d", nor by the same "3 d" read again. */
function isBetterDate(stored: Dated, seen: Dated): boolean {
  if (seen.publishedAt === undefined) return false;
  if (stored.publishedAt === undefined) return true;
  if (seen.precision === stored.precision) {
    return !isSameReading(seen.publishedAt, stored.publishedAt, seen.precision);
  }
  return isAtLeastAsPrecise(seen.precision, stored.precision);
}

/**
 * One post known twice (the store's record and a backup's): the newer reading of it, the first
 * time it was ever seen, and the finer date, so restoring an old backup makes nothing staler.
 */
export function mergePostRecords(stored: PostRecord | undefined, other: PostRecord): PostRecord {
  if (!stored) return withOwnAt(other);
  const [older, newer] = stored.lastSeenAt <= other.lastSeenAt ? [stored, other] : [other, stored];
  const { publishedAt, precision } = isBetterDate(newer, older) ? older : newer;
  const firstSeenAt = Math.min(stored.firstSeenAt, other.firstSeenAt);
  return withOwnAt({ ...older, ...newer, publishedAt, precision, firstSeenAt });
}

function postFields(seen: ObservedPost): Omit<PostRecord, 'pageId' | 'postId' | 'firstSeenAt' | 'lastSeenAt' | 'source'> {
  const { id: _id, ...fields } = seen;
  return fields;
}

/** The newest post that is the page's own status (reposts are someone else's). */
export async function lastOwnPost(db: Db, pageId: PageId): Promise<PostRecord | undefined> {
  const cursor = await db.transaction('posts').store.index('byOwnPublished').openCursor(pageRange(pageId), 'prev');
  return cursor?.value;
}

/** The page's `count` newest own posts (reposts left out), newest first, however old they are. */
export function newestOwnPosts(db: Db, pageId: PageId, count: number): Promise<PostRecord[]> {
  return newestOwnIn(db.transaction('posts').store.index('byOwnPublished'), pageId, count);
}

/** Posts of one page published between two instants (epoch ms, both included), oldest first. */
export function postsInRange(db: Db, pageId: PageId, from: number, to: number): Promise<PostRecord[]> {
  return db.getAllFromIndex('posts', 'byPublished', IDBKeyRange.bound([pageId, from], [pageId, to]));
}

/** The own-by-date index as a read-only transaction holds it. */
export type OwnByDate = IDBPIndex<AnimateurDB, ['posts'], 'posts', 'byOwnPublished', 'readonly'>;

/**
 * A page's own posts dated from `from` to `to` (`to` itself left out when `toOpen`), walked down
 * the own-by-date index newest first (`prev`) or oldest first (`next`), each handed to `take`
 * until it answers false: one cursor step per post taken, none past the last one.
 */
export async function walkOwnPosts(
  index: OwnByDate,
  pageId: PageId,
  range: { from: number; to: number; toOpen?: boolean },
  direction: 'prev' | 'next',
  take: (post: PostRecord) => boolean,
): Promise<void> {
  // An empty range is no range at all for IDBKeyRange (it throws).
  if (!(range.from < range.to || (range.from === range.to && !range.toOpen))) return;
  let cursor = await index.openCursor(IDBKeyRange.bound([pageId, range.from], [pageId, range.to], false, range.toOpen ?? false), direction);
  while (cursor && take(cursor.value)) cursor = await cursor.continue();
}
