import type { Observation } from '../sites/types';
import type { Db, FollowerSample, PageId } from './db';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A sample is worth writing when the count moved or a day has passed since the last one. */
export function isNewSample(
  last: FollowerSample | undefined,
  seen: NonNullable<Observation['followers']>,
  now: number,
): boolean {
  if (!last) return true;
  return last.count !== seen.count || last.exact !== seen.exact || now - last.at >= DAY_MS;
}

export function followerRange(pageId: PageId, from = -Infinity, to = Infinity): IDBKeyRange {
  return IDBKeyRange.bound([pageId, from], [pageId, to]);
}

export async function latestSample(db: Db, pageId: PageId): Promise<FollowerSample | undefined> {
  const cursor = await db.transaction('followers').store.openCursor(followerRange(pageId), 'prev');
  return cursor?.value;
}
