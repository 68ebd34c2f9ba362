import { describe, expect, it } from 'vitest';
import { ingestObservation, MAX_NEW_POSTS_PER_DAY } from '../../src/background/ingest';
import { lastOwnPost } from '../../src/store/posts';
import { latestSample } from '../../src/store/followers';
import { DAY, HOUR, T0, freshDb, observation, post, snapshot } from '../store/fixtures';

const TRACK = { role: 'mine' } as const;
const fifty = Array.from({ length: 50 }, (_, i) => post(i + 1));

describe('ingestObservation', () => {
  it('takes at most MAX_NEW_POSTS_PER_DAY new posts a page a day, says how many it refused, and updates known ones', async () => {
    const db = await freshDb();
    const batch = (n: number) => observation(Array.from({ length: 500 }, (_, i) => post(n * 500 + i, { publishedAt: T0 - HOUR })));
    await ingestObservation(db, observation([post(0)]), T0, TRACK);
    const rounds = MAX_NEW_POSTS_PER_DAY / 500 + 2;
    const results = [];
    for (let n = 1; n <= rounds; n++) results.push(await ingestObservation(db, batch(n), T0 + n * 1000));
    expect(await db.count('posts')).toBe(1 + MAX_NEW_POSTS_PER_DAY - 1);
    expect(results.at(-3)).toMatchObject({ tracked: true, refusedPosts: 1 });
    expect(results.at(-1)).toMatchObject({ tracked: true, refusedPosts: 500 });
    // A post already stored still takes its new reading past the cap.
    await ingestObservation(db, observation([post(0, { reactions: 99 })]), T0 + HOUR);
    expect(await db.get('posts', ['x:acme', 'p0'])).toMatchObject({ reactions: 99 });
    // A day after the count began, new posts are taken again.
    const before = await db.count('posts');
    expect(await ingestObservation(db, batch(rounds), T0 + DAY)).not.toHaveProperty('refusedPosts');
    expect(await db.count('posts')).toBe(before + 500);
  }, 60_000);

  it('stores nothing for a page nobody chose to track', async () => {
    const db = await freshDb();
    expect(await ingestObservation(db, observation(fifty), T0)).toEqual({ tracked: false });
    expect(await snapshot(db)).toEqual({ pages: [], posts: [], followers: [], ideas: [], settings: [] });
  });

  it('writes the page, each post and one follower sample the first time', async () => {
    const db = await freshDb();
    expect(await ingestObservation(db, observation(fifty), T0, TRACK)).toEqual({ tracked: true, pageId: 'x:acme', writes: 52 });
    expect(await db.count('posts')).toBe(50);
    expect((await latestSample(db, 'x:acme'))?.count).toBe(1200);
  });

  it('writes nothing for an observation identical to what is stored, even read an hour later', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation(fifty), T0, TRACK);
    expect(await ingestObservation(db, observation(fifty), T0 + 1000)).toMatchObject({ writes: 0 });
    // Relative dates ("3 d") read later give later epochs for the same day-precise date.
    const relative = fifty.map((p) => ({ ...p, precision: 'day' as const, publishedAt: T0 - 3 * DAY }));
    await ingestObservation(db, observation(relative), T0 + 2000);
    const later = relative.map((p) => ({ ...p, publishedAt: T0 + HOUR - 3 * DAY }));
    expect(await ingestObservation(db, observation(later), T0 + HOUR)).toMatchObject({ writes: 0 });
  });

  it('keeps a date known to the minute when a later visit shows a vaguer "3 d"', async () => {
    const db = await freshDb();
    const exact = T0 - 3 * DAY + 17 * 60_000;
    await ingestObservation(db, observation([post(1, { publishedAt: exact, precision: 'minute' })]), T0, TRACK);
    const vague = post(1, { publishedAt: T0 + 5 * HOUR - 3 * DAY, precision: 'day' });
    expect(await ingestObservation(db, observation([vague]), T0 + 5 * HOUR)).toMatchObject({ writes: 0 });
    expect(await db.get('posts', ['x:acme', 'p1'])).toMatchObject({ publishedAt: exact, precision: 'minute' });
  });

  it('replaces a vague date by a finer one, and updates engagement', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(1, { precision: 'day' })]), T0, TRACK);
    const finer = post(1, { publishedAt: T0 - HOUR + 42_000, precision: 'second', reactions: 99 });
    expect(await ingestObservation(db, observation([finer]), T0 + HOUR)).toMatchObject({ writes: 1 });
    expect(await db.get('posts', ['x:acme', 'p1'])).toMatchObject({
      publishedAt: T0 - HOUR + 42_000,
      precision: 'second',
      reactions: 99,
      firstSeenAt: T0,
      lastSeenAt: T0 + HOUR,
    });
  });

  it('re-dates last seen once a day while a post stays the same', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(1)], { followers: undefined }), T0, TRACK);
    expect(await ingestObservation(db, observation([post(1)], { followers: undefined }), T0 + DAY)).toMatchObject({ writes: 1 });
    expect(await db.get('posts', ['x:acme', 'p1'])).toMatchObject({ firstSeenAt: T0, lastSeenAt: T0 + DAY });
  });

  it('writes a follower sample when the count changes or a day has passed, not otherwise', async () => {
    const db = await freshDb();
    const withCount = (count: number) => observation([], { followers: { count, exact: true, shown: String(count) } });
    await ingestObservation(db, withCount(1200), T0, TRACK);
    expect(await ingestObservation(db, withCount(1200), T0 + HOUR)).toMatchObject({ writes: 0 });
    expect(await ingestObservation(db, withCount(1201), T0 + 2 * HOUR)).toMatchObject({ writes: 1 });
    expect(await ingestObservation(db, withCount(1201), T0 + 2 * HOUR + DAY)).toMatchObject({ writes: 1 });
    expect((await db.getAll('followers')).map((s) => s.count)).toEqual([1200, 1201, 1201]);
  });

  it('loses nothing when two tabs send observations of the same page at once', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(1)]), T0, TRACK);
    const tabA = observation([post(1, { reactions: 50 }), post(2), post(3)]);
    const tabB = observation([post(1, { comments: 7, reactions: undefined }), post(4), post(5)], {
      followers: { count: 1300, exact: true, shown: '1,300' },
    });
    await Promise.all([ingestObservation(db, tabA, T0 + 1), ingestObservation(db, tabB, T0 + 2)]);
    expect((await db.getAllKeys('posts')).map(([, id]) => id).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(await db.get('posts', ['x:acme', 'p1'])).toMatchObject({ reactions: 50, comments: 7 });
    expect((await latestSample(db, 'x:acme'))?.count).toBe(1300);
  });

  it('gives the same result whether two identical observations arrive at once or one by one', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([]), T0, TRACK);
    const results = await Promise.all([ingestObservation(db, observation(fifty), T0 + 1), ingestObservation(db, observation(fifty), T0 + 2)]);
    // The first: 50 posts, and the page record (its count of new posts today, and what its posts gave).
    expect(results.map((r) => (r.tracked ? r.writes : -1))).toEqual([51, 0]);
  });

  it('indexes the last own status past the reposts, and a post listed twice merges once', async () => {
    const db = await freshDb();
    const obs = observation([post(1, { repost: true }), post(2), post(2, { pinned: true }), post(3)]);
    expect(await ingestObservation(db, obs, T0, TRACK)).toMatchObject({ writes: 1 + 3 + 1 });
    expect(await db.get('posts', ['x:acme', 'p2'])).toMatchObject({ pinned: true });
    expect((await lastOwnPost(db, 'x:acme'))?.postId).toBe('p2');
  });
});
