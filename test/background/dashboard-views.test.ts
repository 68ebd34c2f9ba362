import { describe, expect, it } from 'vitest';
import { dashboardPage, dashboardRows } from '../../src/background/dashboard-views';
import { ingestObservation } from '../../src/background/ingest';
import { saveIdeaAction } from '../../src/background/page-edits';
import { restoreIdea } from '../../src/store/ideas';
import { DAY, HOUR, T0, freshDb, observation, post } from '../store/fixtures';

const TRACK = { role: 'mine' } as const;

/**
 * A page visited daily for 400 days: a post (dated to the minute, 18:00 UTC) every other day
 * whose reactions grow with it, followers +3 a day in weeks with posts in the first half.
 */
async function pageWithHistory() {
  const db = await freshDb();
  for (let day = 400; day >= 0; day--) {
    const at = T0 - day * DAY;
    const posts = day % 2 === 0 ? [post(day, { id: `s${day}`, publishedAt: at - 6 * HOUR, reactions: 400 - day, comments: 1 })] : [];
    await ingestObservation(db, observation(posts, { followers: { count: 1000 + (400 - day) * 3, exact: true, shown: '' } }), at, TRACK);
  }
  await ingestObservation(db, observation([], { page: { handle: 'quiet', name: 'Quiet', url: 'https://x.com/quiet' }, followers: { count: 50, exact: true, shown: '50' } }), T0, TRACK);
  return db;
}

describe('dashboard views', () => {
  it('lists every page with its 30-day change and a thinned 90-day trend', async () => {
    const db = await pageWithHistory();
    const rows = await dashboardRows(db, T0);
    const acme = rows.find((r) => r.page.id === 'x:acme')!;
    expect(acme.month).toMatchObject({ days: 30, change: 90 });
    expect(acme.trend).toHaveLength(30);
    expect(acme.trend.at(-1)).toEqual({ at: T0, count: 2200 });
    expect(acme.trend[0]!.at).toBeGreaterThanOrEqual(T0 - 90 * DAY);
    const quiet = rows.find((r) => r.page.id === 'x:quiet')!;
    expect(quiet.month.change).toBeUndefined();
    expect(quiet.cadence.state).toBe('unknown');
  });

  it('gives one page over the range asked, with its insights', async () => {
    const db = await pageWithHistory();
    const quarter = (await dashboardPage(db, 'x:acme', '90d', 'UTC', T0))!;
    expect(quarter.from).toBe(T0 - 90 * DAY);
    expect(quarter.posts).toHaveLength(45);
    expect(quarter.posts[0]!.postId).toBe('s0');
    expect(quarter.followers[0]!.at).toBeLessThanOrEqual(quarter.from);
    // The 200 newest own posts, though the range shows 45.
    expect(quarter.bestTime).toMatchObject({ known: true, posts: 200 });
    // A post every other day: no week without one to compare with.
    expect(quarter.postingWeeks).toEqual({ known: false, weeksWithPosts: 26, weeksWithoutPosts: 0 });
    expect(quarter.nudges).toHaveLength(3);

    const year = (await dashboardPage(db, 'x:acme', '1y', 'Europe/Paris', T0))!;
    expect(year.posts).toHaveLength(183);
    const all = (await dashboardPage(db, 'x:acme', 'all', 'UTC', T0))!;
    expect(all.posts).toHaveLength(201);
    // From the oldest post, six hours before the first visit's sample.
    expect(all.from).toBe(T0 - 400 * DAY - 6 * HOUR);
    expect(all.followers.length).toBeLessThanOrEqual(600);
    expect(await dashboardPage(db, 'x:nobody', '90d', 'UTC', T0)).toBeNull();
  });

  it('journals a drafted idea with the post that followed it, and undoes a choice', async () => {
    const db = await pageWithHistory();
    await saveIdeaAction(db, 'x:acme', 'poll_favourite', 'drafted', T0 - 3 * DAY);
    await saveIdeaAction(db, 'x:acme', 'tip_quick', 'dismissed', T0 - DAY);
    const detail = (await dashboardPage(db, 'x:acme', '90d', 'UTC', T0))!;
    const drafted = detail.journal.find((e) => e.ideaId === 'poll_favourite')!;
    expect(drafted).toMatchObject({ state: 'done', outcome: { post: { postId: 's2' }, pending: true } });
    expect(detail.journal.find((e) => e.ideaId === 'tip_quick')).toMatchObject({ state: 'dismissed' });
    // The cards shown on this very visit are in the journal already.
    for (const nudge of detail.nudges) expect(detail.journal.find((e) => e.ideaId === nudge.ideaId)).toMatchObject({ state: 'shown' });

    expect(await restoreIdea(db, 'x:acme', 'tip_quick', T0)).toBe(true);
    expect(await db.get('ideas', ['x:acme', 'tip_quick'])).toMatchObject({ state: 'shown', at: T0 });
    expect(await restoreIdea(db, 'x:acme', 'never_seen', T0)).toBe(false);
  });
});
