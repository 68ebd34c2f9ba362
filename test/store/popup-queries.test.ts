import { describe, expect, it } from 'vitest';
import { ingestObservation } from '../../src/background/ingest';
import { listPageItems } from '../../src/background/page-views';
import { followerSeries } from '../../src/store/followers';
import { postsInRange } from '../../src/store/posts';
import { DAY, T0, freshDb, observation, post } from './fixtures';

const followersOf = (count: number) => ({ count, exact: true, shown: String(count) });

async function twoPages() {
  const db = await freshDb();
  const acme = (day: number, count: number) => observation([post(day, { publishedAt: T0 + day * DAY })], { followers: followersOf(count) });
  for (let day = 0; day < 10; day++) await ingestObservation(db, acme(day, 1000 + day * 10), T0 + day * DAY, { role: 'mine' });
  await ingestObservation(db, acme(20, 2000), T0 + 9.5 * DAY);
  const latestRepost = post(99, { publishedAt: T0 + 30 * DAY, repost: true });
  await ingestObservation(db, observation([latestRepost], { followers: undefined }), T0 + 9.6 * DAY);
  const quiet = observation([], { page: { handle: 'quiet', url: 'https://x.com/quiet' }, followers: undefined });
  await ingestObservation(db, quiet, T0, { role: 'watch' });
  return db;
}

describe('popup queries', () => {
  it('lists each tracked page with its last own status and latest count', async () => {
    const db = await twoPages();
    const items = await listPageItems(db, T0 + 10 * DAY);
    expect(items.map((item) => item.page.id)).toEqual(['x:acme', 'x:quiet']);
    const [acme, quiet] = items;
    expect(acme?.latestFollowers?.count).toBe(2000);
    expect(acme?.cadence.lastOwnAt).toBe(T0 + 20 * DAY);
    expect(quiet).toEqual({ page: expect.objectContaining({ id: 'x:quiet', role: 'watch' }), cadence: expect.objectContaining({ state: 'unknown' }) });
  });

  it('reads the follower series and posts of one page within a time range, oldest first', async () => {
    const db = await twoPages();
    const series = await followerSeries(db, 'x:acme', T0 + 2 * DAY, T0 + 4 * DAY);
    expect(series.map((s) => s.count)).toEqual([1020, 1030, 1040]);
    const posts = await postsInRange(db, 'x:acme', T0 + 5 * DAY, T0 + 30 * DAY);
    expect(posts.map((p) => p.postId)).toEqual(['p5', 'p6', 'p7', 'p8', 'p9', 'p20', 'p99']);
    expect(await postsInRange(db, 'x:quiet', -Infinity, Infinity)).toEqual([]);
  });
});
