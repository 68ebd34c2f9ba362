import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openDb, withOwnAt, type FollowerSample, type IdeaRecord, type PageRecord, type PostRecord, type Settings } from '../../src/store/db';
import { dbConnection } from '../../src/store/connection';
import { lastOwnPost } from '../../src/store/posts';
import { weekZone } from '../../src/store/chart-weeks';
import { weekStart } from '../../src/insights/post-groups';
import { DAY, T0, freshDbName, snapshot } from './fixtures';

interface Contents {
  pages: PageRecord[];
  posts: PostRecord[];
  followers: FollowerSample[];
  ideas: IdeaRecord[];
  settings: Settings[];
}

const page: PageRecord = { id: 'x:acme', site: 'x', handle: 'acme', name: 'Acme', url: 'https://x.com/acme', role: 'mine', trackedAt: T0 };
const watched: PageRecord = { id: 'facebook:rival', site: 'facebook', handle: 'rival', url: 'https://www.facebook.com/rival', role: 'watch', trackedAt: T0, muted: true };
const seen = { firstSeenAt: T0, lastSeenAt: T0, source: 'read' } as const;
const v1Posts: PostRecord[] = [
  { pageId: 'x:acme', postId: 'own-old', publishedAt: T0 - 9 * DAY, precision: 'day', text: 'Old news', ...seen },
  { pageId: 'x:acme', postId: 'own-new', publishedAt: T0 - 2 * DAY, precision: 'minute', reactions: 4, ...seen },
  { pageId: 'x:acme', postId: 'repost', publishedAt: T0 - DAY, repost: true, ...seen },
  { pageId: 'x:acme', postId: 'undated', text: 'No date shown', ...seen },
  { pageId: 'facebook:rival', postId: '123', publishedAt: T0 - 3 * DAY, kind: 'photo', ...seen },
];

/**
 * One maker per shipped version: it builds a database exactly as that version's code did (its
 * own upgrade code, copied here and never changed), fills it, and says what must be there after
 * the upgrade to DB_VERSION. A new version adds its maker here.
 */
const MAKERS: Record<number, (name: string) => Promise<Contents>> = {
  1: async (name) => {
    const db = await openDB(name, 1, {
      upgrade(db) {
        createV1Stores(db);
      },
    });
    return fill(db, v1Posts);
  },
  2: async (name) => {
    const db = await openDB(name, 2, {
      upgrade(db) {
        const posts = createV1Stores(db);
        posts.createIndex('byOwnPublished', ['pageId', 'ownAt']);
      },
    });
    // Version 2 stored every post with its derived ownAt.
    return fill(db, v1Posts.map(withOwnAt));
  },
  // Version 3's summaries held each own post whole.
  3: (name) => withSummaries(name, 3, (post) => post),
  // Version 4's summaries kept of each own post what the cadence weighs, and no weeks.
  4: (name) => withSummaries(name, 4, ({ pageId, postId, publishedAt, precision, source }) => ({ pageId, postId, publishedAt, ...(precision && { precision }), source })),
};

/** A database of version 3 or 4 (their stores are the same), its summaries keeping `kept` of each own post. */
async function withSummaries(name: string, version: 3 | 4, kept: (post: PostRecord) => Partial<PostRecord>): Promise<Contents> {
  const db = await openDB(name, version, {
    upgrade(db) {
      const posts = createV1Stores(db);
      posts.createIndex('byOwnPublished', ['pageId', 'ownAt']);
      db.createObjectStore('summaries', { keyPath: 'pageId' });
    },
  });
  const contents = await fill(db, v1Posts.map(withOwnAt));
  const own = (pageId: string) => contents.posts.filter((p) => p.pageId === pageId && p.ownAt !== undefined).sort((a, b) => b.ownAt! - a.ownAt!);
  const latest = (pageId: string) => contents.followers.filter((s) => s.pageId === pageId).at(-1);
  const reopened = await openDB(name, version);
  for (const { id } of contents.pages) await reopened.put('summaries', { pageId: id, ownPosts: own(id).map(kept), latestFollowers: latest(id) });
  reopened.close();
  return contents;
}

/** Version 1's stores, as its upgrade made them; returns the posts store for later versions' indexes. */
function createV1Stores(db: IDBPDatabase) {
  db.createObjectStore('pages', { keyPath: 'id' });
  const posts = db.createObjectStore('posts', { keyPath: ['pageId', 'postId'] });
  posts.createIndex('byPublished', ['pageId', 'publishedAt']);
  db.createObjectStore('followers', { keyPath: ['pageId', 'at'] });
  db.createObjectStore('ideas', { keyPath: ['pageId', 'ideaId'] });
  db.createObjectStore('settings');
  return posts;
}

/** The same records at every version (posts as that version stored them), and what must be there after. */
async function fill(db: IDBPDatabase, posts: PostRecord[]): Promise<Contents> {
  // In key order, as the store gives them back.
  const followers: FollowerSample[] = [
    { pageId: 'facebook:rival', at: T0, count: 12_000, exact: false, shown: '12K' },
    { pageId: 'x:acme', at: T0 - DAY, count: 1000, exact: true, shown: '1,000' },
    { pageId: 'x:acme', at: T0, count: 1010, exact: true, shown: '1,010' },
  ];
  const ideas: IdeaRecord[] = [{ pageId: 'x:acme', ideaId: 'poll', state: 'snoozed', at: T0, until: T0 + DAY }];
  const settings: Settings = { remindersEnabled: false, quietStart: 1200, quietEnd: 420 };
  const tx = db.transaction(['pages', 'posts', 'followers', 'ideas', 'settings'], 'readwrite');
  await Promise.all([
    ...[page, watched].map((p) => tx.objectStore('pages').put(p)),
    ...posts.map((p) => tx.objectStore('posts').put(p)),
    ...followers.map((s) => tx.objectStore('followers').put(s)),
    ...ideas.map((i) => tx.objectStore('ideas').put(i)),
    tx.objectStore('settings').put(settings, 'settings'),
    tx.done,
  ]);
  db.close();
  return { pages: [watched, page], posts: v1Posts.map(withOwnAt), followers, ideas, settings: [settings] };
}

const byKey = (a: Contents) => ({
  ...a,
  posts: [...a.posts].sort((x, y) => `${x.pageId} ${x.postId}`.localeCompare(`${y.pageId} ${y.postId}`)),
});

describe('schema upgrades', () => {
  it('has a fixture maker for every earlier version', () => {
    expect(Object.keys(MAKERS).map(Number)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  for (const [version, make] of Object.entries(MAKERS)) {
    it(`upgrades a database made at version ${version} with nothing lost`, async () => {
      const name = freshDbName();
      const expected = await make(name);
      const db = await openDb(name);
      expect(db.version).toBe(DB_VERSION);
      expect(byKey((await snapshot(db)) as unknown as Contents)).toEqual(byKey(expected));
      // The index added in v2 holds the posts v1 stored.
      expect((await lastOwnPost(db, 'x:acme'))?.postId).toBe('own-new');
      expect((await lastOwnPost(db, 'facebook:rival'))?.postId).toBe('123');
      // The summaries added in v3: newest own posts first (no repost, nothing undated), the latest sample.
      const summaries = await db.getAll('summaries');
      expect(summaries.map((s) => [s.pageId, s.ownPosts.map((p) => p.postId), s.latestFollowers?.count])).toEqual([
        ['facebook:rival', ['123'], 12_000],
        ['x:acme', ['own-new', 'own-old'], 1010],
      ]);
      // Of each post, what the cadence weighs (version 4).
      expect(summaries[1]!.ownPosts[0]).toEqual({ pageId: 'x:acme', postId: 'own-new', publishedAt: T0 - 2 * DAY, precision: 'minute', source: 'read' });
      // The chart's weeks (version 5), counted in this time zone: one a post, the repost and the undated one left out.
      expect(summaries.map((s) => s.weeksZone)).toEqual([weekZone(), weekZone()]);
      const weeks = await db.getAll('weeks');
      expect(weeks.map((w) => [w.pageId, w.start, w.count, w.posts.map((p) => p.text)])).toEqual([
        ['facebook:rival', weekStart(T0 - 3 * DAY), 1, [undefined]],
        ['x:acme', weekStart(T0 - 9 * DAY), 1, ['Old news']],
        ['x:acme', weekStart(T0 - 2 * DAY), 1, [undefined]],
      ]);
      db.close();
    });
  }
});

describe('an open connection never wedges an upgrade', () => {
  it('closes itself when another context opens a newer version', async () => {
    const name = freshDbName();
    let closed = 0;
    const old = await openDb(name, { closed: () => closed++ });
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(closed).toBe(1);
    expect(() => old.transaction('pages')).toThrow();
    newer.close();
  });

  it('opens again on next use after being closed for a deletion', async () => {
    const name = freshDbName();
    const connection = dbConnection(name);
    const first = await connection();
    await first.put('pages', page);
    await deleteDB(name);
    const second = await connection();
    expect(second).not.toBe(first);
    expect(await second.count('pages')).toBe(0);
    second.close();
  });
});
