import { describe, expect, it, vi } from 'vitest';
import { ingestObservation } from '../../src/background/ingest';
import { recordManualPost, removeManualPost, saveIdeaAction, updatePage } from '../../src/background/page-edits';
import { readSettings, saveSettings } from '../../src/store/settings';
import { CHART_DAYS, listPageItems, pageDetail, pageGlance } from '../../src/background/page-views';
import { DAY, HOUR, T0, freshDb, observation, post } from '../store/fixtures';
import { recordsRead } from '../store/records-read';

const TRACK = { role: 'mine' } as const;

/** A page with a status every 2 days and a follower sample every day for 120 days. */
async function pageWithHistory() {
  const db = await freshDb();
  for (let day = 120; day >= 0; day--) {
    const at = T0 - day * DAY;
    const posts = day % 2 === 0 ? [post(day, { id: `s${day}`, publishedAt: at - HOUR })] : [];
    await ingestObservation(db, observation(posts, { followers: { count: 1000 + (120 - day) * 2, exact: true, shown: '' } }), at, TRACK);
  }
  return db;
}

describe('page views', () => {
  it('lists each tracked page with its cadence', async () => {
    const db = await pageWithHistory();
    const [item] = await listPageItems(db, T0 + 20 * HOUR);
    expect(item?.page.id).toBe('x:acme');
    expect(item?.cadence).toMatchObject({ state: 'due-soon', goalDays: 1, lastOwnAt: T0 - HOUR });
    // Silent for longer than the recent posts read for the rhythm: still dated, and overdue.
    const [silent] = await listPageItems(db, T0 + 200 * DAY);
    expect(silent?.cadence).toMatchObject({ state: 'overdue', lastOwnAt: T0 - HOUR });
  });

  it('gives the chart only its window, the deltas, markers, recent posts and three nudges', async () => {
    const db = await pageWithHistory();
    const detail = (await pageDetail(db, 'x:acme', T0))!;
    expect(detail.from).toBe(T0 - CHART_DAYS * DAY);
    expect(detail.followers[0]!.at).toBeLessThanOrEqual(detail.from);
    expect(detail.followers[1]!.at).toBeGreaterThanOrEqual(detail.from);
    expect(detail.followers.at(-1)?.count).toBe(1240);
    // The curve's points are when and how many; the newest sample comes whole, once.
    expect(detail.followers.every((p) => Object.keys(p).join() === 'at,count')).toBe(true);
    expect(detail.latestFollowers).toMatchObject({ pageId: 'x:acme', at: detail.followers.at(-1)!.at, count: 1240, exact: true });
    expect(detail.deltas.find((d) => d.days === 7)?.change).toBe(14);
    expect(detail.deltas.find((d) => d.days === 30)?.change).toBe(60);
    // Per week, counted, with only the posts a tooltip lists: not the quarter's every post.
    expect(detail.postGroups.every((g) => g.unit === 'week' && g.posts.every((p) => p.at >= detail.from))).toBe(true);
    expect(detail.postGroups.reduce((sum, g) => sum + g.count, 0)).toBe(45);
    expect(detail.postGroups.flatMap((g) => g.posts).length).toBeLessThan(45);
    expect(Math.max(...detail.postGroups.map((g) => g.posts.length))).toBeLessThanOrEqual(3);
    // Oldest first, as the chart reads time.
    expect(detail.postGroups.map((g) => g.start)).toEqual(detail.postGroups.map((g) => g.start).sort((a, b) => a - b));
    expect(detail.recentPosts.map((p) => p.postId)).toEqual(['s0', 's2', 's4', 's6', 's8']);
    expect(detail.nudges).toHaveLength(3);
  });

  it('is null for a page that is not tracked', async () => {
    const db = await freshDb();
    expect(await pageDetail(db, 'x:nobody', T0)).toBeNull();
    expect(await pageGlance(db, 'x:nobody', T0)).toBeNull();
  });

  it('records the nudges as shown once a day, so they rotate on later days', async () => {
    const db = await pageWithHistory();
    const first = (await pageDetail(db, 'x:acme', T0))!;
    const ideas = await db.getAll('ideas');
    expect(ideas.map((i) => i.ideaId).sort()).toEqual(first.nudges.map((n) => n.ideaId).sort());
    await pageDetail(db, 'x:acme', T0 + HOUR);
    expect((await db.getAll('ideas')).map((i) => i.at)).toEqual(ideas.map((i) => i.at));
  });

  it('reopened the same day, opens no writing transaction: the idea records just read say all are shown', async () => {
    const db = await pageWithHistory();
    await pageDetail(db, 'x:acme', T0);
    const transaction = vi.spyOn(db, 'transaction');
    await pageDetail(db, 'x:acme', T0 + HOUR);
    await pageGlance(db, 'x:acme', T0 + HOUR);
    expect(transaction.mock.calls.filter(([, mode]) => mode === 'readwrite')).toEqual([]);
    // The next day they are shown again, and recorded so.
    await pageDetail(db, 'x:acme', T0 + DAY);
    expect(transaction.mock.calls.filter(([, mode]) => mode === 'readwrite')).toHaveLength(1);
  });

  it('the overlay’s glance draws no chart, so it reads fewer posts than the popup’s detail', async () => {
    const db = await pageWithHistory();
    const detail = await recordsRead(() => pageDetail(db, 'x:acme', T0));
    const glance = await recordsRead(() => pageGlance(db, 'x:acme', T0));
    expect(glance.result?.cadence).toEqual(detail.result?.cadence);
    expect(glance.result?.nudge).toEqual(detail.result?.nudges[0]);
    expect(glance.read.posts).toBeLessThan(detail.read.posts!);
  });

  it('the overlay shows the popup’s first idea and records only that one as shown', async () => {
    const db = await pageWithHistory();
    const glance = (await pageGlance(db, 'x:acme', T0))!;
    expect(glance.cadence.lastOwnAt).toBe(T0 - HOUR);
    expect((await db.getAll('ideas')).map((i) => i.ideaId)).toEqual([glance.nudge!.ideaId]);
    expect((await pageDetail(db, 'x:acme', T0))!.nudges[0]).toEqual(glance.nudge);
  });

  it('leaves a dismissed idea out of the next nudges', async () => {
    const db = await pageWithHistory();
    const [first] = (await pageDetail(db, 'x:acme', T0))!.nudges;
    expect(await saveIdeaAction(db, 'x:acme', first!.ideaId, 'dismissed', T0)).toBe(true);
    const next = (await pageDetail(db, 'x:acme', T0 + HOUR))!.nudges;
    expect(next.map((n) => n.ideaId)).not.toContain(first!.ideaId);
  });
});

describe('page edits', () => {
  it('records "I just posted" as a status of its own that never replaces a read date', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(1, { publishedAt: undefined, precision: undefined })]), T0, TRACK);
    expect((await pageGlance(db, 'x:acme', T0))?.cadence.state).toBe('unknown');
    expect(await recordManualPost(db, 'x:acme', T0, 'minute', T0)).toMatch(/^manual:/);
    expect(await recordManualPost(db, 'x:acme', T0 + 1000, 'minute', T0 + 1000)).toMatch(/^manual:/);
    expect(await db.count('posts')).toBe(2);
    expect((await db.get('posts', ['x:acme', 'p1']))?.source).toBe('read');
    expect((await pageGlance(db, 'x:acme', T0 + HOUR))?.cadence).toMatchObject({ state: 'on-track', lastSource: 'manual' });
  });

  it('refuses a manual post for an untracked page or in the future', async () => {
    const db = await freshDb();
    expect(await recordManualPost(db, 'x:acme', T0, 'minute', T0)).toBeNull();
    await ingestObservation(db, observation([]), T0, TRACK);
    expect(await recordManualPost(db, 'x:acme', T0 + 5 * DAY, 'day', T0)).toBeNull();
    expect(await db.count('posts')).toBe(0);
  });

  it('undoes a mistaken "I just posted": the hand-made record goes, the page is silent again, a read post stays', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(1, { publishedAt: T0 - 9 * DAY, precision: 'minute' })]), T0, TRACK);
    const postId = await recordManualPost(db, 'x:acme', T0, 'minute', T0);
    expect((await pageGlance(db, 'x:acme', T0))?.cadence.state).toBe('on-track');
    expect(await removeManualPost(db, 'x:acme', postId!)).toBe(true);
    expect((await pageGlance(db, 'x:acme', T0))?.cadence).toMatchObject({ state: 'overdue', lastSource: 'read' });
    // The list (and the badge) read the page's summary: it forgot the undone post too.
    expect((await listPageItems(db, T0))[0]?.cadence).toMatchObject({ state: 'overdue', lastSource: 'read' });
    expect(await removeManualPost(db, 'x:acme', postId!)).toBe(false);
    // Only hand-made records: a read post cannot be removed through this, even by a forged id.
    expect(await removeManualPost(db, 'x:acme', 'p1')).toBe(false);
    expect(await db.get('posts', ['x:acme', 'p1'])).toBeDefined();
  });

  it('sets and clears a goal, role and mute', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([]), T0, TRACK);
    await updatePage(db, 'x:acme', { goalDays: 5, role: 'watch', muted: true });
    expect(await db.get('pages', 'x:acme')).toMatchObject({ goalDays: 5, role: 'watch', muted: true });
    await updatePage(db, 'x:acme', { goalDays: null, role: 'mine', muted: false });
    expect((await db.get('pages', 'x:acme'))?.goalDays).toBeUndefined();
    expect(await updatePage(db, 'x:nobody', { goalDays: 5, role: 'watch', muted: true })).toBe(false);
  });

  it('leaves reminders to follow the role until the admin chooses', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([]), T0, TRACK);
    await updatePage(db, 'x:acme', { goalDays: 2, role: 'watch' });
    expect((await db.get('pages', 'x:acme'))?.muted).toBeUndefined();
    await updatePage(db, 'x:acme', { goalDays: 2, role: 'watch', muted: false });
    await updatePage(db, 'x:acme', { goalDays: 3, role: 'watch' });
    expect((await db.get('pages', 'x:acme'))?.muted).toBe(false);
  });

  it('reads default settings until some are saved', async () => {
    const db = await freshDb();
    expect(await readSettings(db)).toEqual({ remindersEnabled: true, quietStart: 1260, quietEnd: 480 });
    await saveSettings(db, { remindersEnabled: false, quietStart: 0, quietEnd: 60 });
    expect(await readSettings(db)).toEqual({ remindersEnabled: false, quietStart: 0, quietEnd: 60 });
  });
});
