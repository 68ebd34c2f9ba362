import type { Observation } from '../sites/types';
import type { Db, FollowerSample, PageId } from './db';
import { isDayOld } from './freshness';

/** A sample is worth writing when the count moved or a day has passed since the last one. */
export function isNewSample(
  last: FollowerSample | undefined,
  seen: NonNullable<Observation['followers']>,
  now: number,
): boolean {
  if (!last) return true;
  return last.count !== seen.count || last.exact !== seen.exact || isDayOld(last.at, now);
}

/** Samples of one page taken from `from` to `to`, both included. */
export function followerRange(pageId: PageId, from = -Infinity, to = Infinity): IDBKeyRange {
  return IDBKeyRange.bound([pageId, from], [pageId, to]);
}

/** The followers store as any transaction holds it (read-only or read-write). */
interface FollowersStore {
  openCursor(range: IDBKeyRange, direction: 'prev'): Promise<{ value: FollowerSample } | null>;
}

/** A page's last sample taken at or before `at` (its newest without `at`): one cursor step. */
export async function sampleAtOrBefore(followers: FollowersStore, pageId: PageId, at = Infinity): Promise<FollowerSample | undefined> {
  return (await followers.openCursor(followerRange(pageId, -Infinity, at), 'prev'))?.value;
}

export function latestSample(db: Db, pageId: PageId): Promise<FollowerSample | undefined> {
  return sampleAtOrBefore(db.transaction('followers').store, pageId);
}

/** The follower curve of one page between two instants (epoch ms, both included), oldest first. */
export function followerSeries(db: Db, pageId: PageId, from: number, to: number): Promise<FollowerSample[]> {
  return db.getAll('followers', followerRange(pageId, from, to));
}
