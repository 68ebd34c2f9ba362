import { describe, expect, it } from 'vitest';
import { ingestObservation } from '../../src/background/ingest';
import { recordManualPost, removeManualPost } from '../../src/background/page-edits';
import { readPageStates } from '../../src/background/page-states';
import { cadenceOf } from '../../src/insights/cadence';
import { countedWeeks, weekZone } from '../../src/store/chart-weeks';
import { exportAll, importBackup } from '../../src/store/backup';
import { pageRange, type Db, type PageId } from '../../src/store/db';
import { deletePageData } from '../../src/store/pages';
import { SUMMARY_OWN_POSTS, summarize } from '../../src/store/summaries';
import { DAY, HOUR, T0, freshDb, observation, post } from './fixtures';

const TRACK = { role: 'mine' } as const;

/**
 * The summary and the chart's weeks every writer left, and those the page's history gives when
 * summed up afresh (its weeks counted from all its posts, in this time zone).
 */
async function storedAndFresh(db: Db, pageId: PageId) {
  const tx = db.transaction(['summaries', 'posts', 'followers', 'weeks']);
  const summary = await tx.objectStore('summaries').get(pageId);
  const weeks = await tx.objectStore('weeks').getAll(IDBKeyRange.bound([pageId, -Infinity], [pageId, Infinity]));
  const summed = await summarize({ ownByDate: tx.objectStore('posts').index('byOwnPublished'), followers: tx.objectStore('followers') }, pageId);
  const posts = await tx.objectStore('posts').getAll(pageRange(pageId));
  return { stored: summary && { ...summary, weeks }, fresh: { ...summed, weeksZone: weekZone(), weeks: countedWeeks(pageId, posts) } };
}

const ownIds = (summary: { ownPosts: { postId: string }[] } | undefined) => summary?.ownPosts.map((p) => p.postId);

describe('page summaries', () => {
  it('are written with a page tracked before it showed anything', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([], { followers: undefined }), T0, TRACK);
    expect(await db.get('summaries', 'x:acme')).toEqual({ pageId: 'x:acme', ownPosts: [], weeksZone: weekZone() });
  });

  it('follow each ingest: newest own posts first, reposts and undated posts left out, the latest sample', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(3), post(1, { repost: true }), post(2, { publishedAt: undefined })]), T0, TRACK);
    let { stored, fresh } = await storedAndFresh(db, 'x:acme');
    expect(ownIds(stored)).toEqual(['p3']);
    expect(stored?.latestFollowers?.count).toBe(1200);
    expect(stored).toEqual(fresh);

    // A newer own post, a date read for the undated one, and the count moving: one later visit.
    const later = observation([post(0, { publishedAt: T0 + HOUR }), post(2, { publishedAt: T0 - 5 * HOUR })], { followers: { count: 1250, exact: true, shown: '1,250' } });
    await ingestObservation(db, later, T0 + 2 * HOUR);
    ({ stored, fresh } = await storedAndFresh(db, 'x:acme'));
    expect(ownIds(stored)).toEqual(['p0', 'p3', 'p2']);
    expect(stored?.latestFollowers).toMatchObject({ at: T0 + 2 * HOUR, count: 1250 });
    expect(stored).toEqual(fresh);
  });

  it('keep at most the newest SUMMARY_OWN_POSTS own posts', async () => {
    const db = await freshDb();
    const many = Array.from({ length: SUMMARY_OWN_POSTS + 6 }, (_, n) => post(n + 1));
    await ingestObservation(db, observation(many), T0, TRACK);
    const { stored, fresh } = await storedAndFresh(db, 'x:acme');
    expect(ownIds(stored)).toEqual(many.slice(0, SUMMARY_OWN_POSTS).map((p) => p.id));
    expect(stored).toEqual(fresh);
  });

  it('follow "I just posted", which the badge then counts from', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(48)]), T0, TRACK);
    const postId = await recordManualPost(db, 'x:acme', T0 + DAY, 'minute', T0 + DAY);
    expect(postId).toMatch(/^manual:/);
    const { stored, fresh } = await storedAndFresh(db, 'x:acme');
    expect(stored?.ownPosts[0]).toMatchObject({ source: 'manual', publishedAt: T0 + DAY });
    expect(stored).toEqual(fresh);
    const [state] = await readPageStates(db, T0 + DAY + HOUR);
    expect(state?.cadence).toMatchObject({ lastOwnAt: T0 + DAY, lastSource: 'manual' });
    // Undone, it leaves the summary as well.
    await removeManualPost(db, 'x:acme', postId!);
    const undone = await storedAndFresh(db, 'x:acme');
    expect(undone.stored?.ownPosts.some((p) => p.source === 'manual')).toBe(false);
    expect(undone.stored).toEqual(undone.fresh);
  });

  it('keep of each post what the cadence weighs: the list says what the whole history says', async () => {
    const db = await freshDb();
    const precisions = ['minute', 'hour', 'day', 'month', undefined] as const;
    const seen = Array.from({ length: 30 }, (_, n) => post(n + 1, { publishedAt: T0 - n * 17 * HOUR, precision: precisions[n % precisions.length] }));
    await ingestObservation(db, observation(seen), T0, TRACK);
    await recordManualPost(db, 'x:acme', T0 + 3 * HOUR, 'minute', T0 + 3 * HOUR);
    await recordManualPost(db, 'x:acme', T0 + 30 * HOUR, 'day', T0 + 30 * HOUR);
    const stored = await db.get('summaries', 'x:acme');
    expect(Object.keys(stored!.ownPosts[0]!).sort()).toEqual(['pageId', 'postId', 'precision', 'publishedAt', 'source']);
    const page = (await db.get('pages', 'x:acme'))!;
    const history = await db.getAll('posts');
    for (const now of [T0 + 31 * HOUR, T0 + 5 * DAY]) {
      const [state] = await readPageStates(db, now);
      expect(state?.cadence).toEqual(cadenceOf(page, history, now));
    }
  });

  it('follow a backup import, merged with what the store held', async () => {
    const source = await freshDb();
    await ingestObservation(source, observation([post(1), post(5)]), T0, TRACK);
    const target = await freshDb();
    await ingestObservation(target, observation([post(3)], { followers: { count: 900, exact: true, shown: '900' } }), T0 - DAY, TRACK);
    expect((await importBackup(target, await exportAll(source, T0))).ok).toBe(true);
    const { stored, fresh } = await storedAndFresh(target, 'x:acme');
    expect(ownIds(stored)).toEqual(['p1', 'p3', 'p5']);
    expect(stored?.latestFollowers?.count).toBe(1200);
    expect(stored).toEqual(fresh);
  });

  it('go with their page when it is forgotten, and so do its weeks', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(1)]), T0, TRACK);
    expect(await db.count('weeks')).toBe(1);
    await deletePageData(db, 'x:acme');
    expect(await db.count('summaries')).toBe(0);
    expect(await db.count('weeks')).toBe(0);
  });

  it('are what the page list reads: a stale summary shows, the history is not walked', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(1)]), T0, TRACK);
    // Only the summary changes: the list must show it, proving it reads no post.
    await db.put('summaries', { pageId: 'x:acme', ownPosts: [] });
    const [state] = await readPageStates(db, T0);
    expect(state?.cadence.state).toBe('unknown');
    expect(state?.cadence.lastOwnAt).toBeUndefined();
    expect(state?.latestFollowers).toBeUndefined();
  });

  it('are built from the history for a page stored without one', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(1)]), T0, TRACK);
    await db.delete('summaries', 'x:acme');
    const [state] = await readPageStates(db, T0);
    expect(state?.cadence.lastOwnAt).toBe(post(1).publishedAt);
    expect(state?.latestFollowers?.count).toBe(1200);
  });
});
