// Weeks start at local midnight: counted in a zone with clock changes (the chart's quarter spans October's).
process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import { ingestObservation } from '../../src/background/ingest';
import { recordManualPost, removeManualPost } from '../../src/background/page-edits';
import { CHART_DAYS, pageDetail } from '../../src/background/page-views';
import { ownStatuses } from '../../src/insights/cadence';
import { chartGroupsOf, weekAfter, weekStart } from '../../src/insights/post-groups';
import { countedWeeks, weekZone } from '../../src/store/chart-weeks';
import { pageRange, withOwnAt, type Db, type PageId, type PostRecord } from '../../src/store/db';
import { refreshSummary } from '../../src/store/summaries';
import type { ObservedPost } from '../../src/sites/types';
import { random } from '../e2e/harness/sample-history';
import { DAY, HOUR, T0, freshDb, observation } from '../store/fixtures';
import { recordsRead } from '../store/records-read';

const PAGE = 'x:acme';
const FROM = T0 - CHART_DAYS * DAY;
const MINUTE = 60_000;
const PRECISIONS: PostRecord['precision'][] = ['minute', 'minute', 'minute', 'hour', 'day', 'day', 'month', undefined];

/** A time near a week's edge: the last hour of a Sunday or the first of a Monday, local time. */
function nearWeekEdge(at: number, rand: () => number): number {
  return weekStart(at) + Math.round((rand() * 2 - 1) * HOUR);
}

/**
 * A history as the store holds it, over `days`: read posts of every precision, reposts, undated
 * ones, and hand-recorded entries, alone, by read posts and across the edges of weeks.
 */
function historyOf(days: number, perDay: number, rand: () => number): PostRecord[] {
  const posts: PostRecord[] = [];
  const seen = { pageId: PAGE, firstSeenAt: T0 - DAY, lastSeenAt: T0 - DAY };
  let n = 0;
  for (let at = T0 - HOUR; at > T0 - days * DAY; at -= (DAY / perDay) * (0.1 + 1.8 * rand())) {
    const edge = rand() < 0.15 ? nearWeekEdge(at, rand) : Math.round(at / MINUTE) * MINUTE;
    const precision = PRECISIONS[Math.floor(rand() * PRECISIONS.length)];
    const dated = precision !== undefined;
    posts.push(withOwnAt({ ...seen, postId: `p${n++}`, ...(dated && { publishedAt: edge, precision }), text: `Post ${n}`, kind: 'photo', reactions: n % 9, repost: rand() < 0.1 || undefined, source: 'read' }));
    // "I just posted" a little before or after the post showed, or alone, or twice within the hour.
    if (rand() < 0.2) {
      const manualAt = Math.round((edge + (rand() * 2 - 1) * 14 * HOUR) / MINUTE) * MINUTE;
      posts.push(withOwnAt({ ...seen, postId: `manual:${manualAt}`, publishedAt: manualAt, precision: 'minute', source: 'manual' }));
      if (rand() < 0.3) posts.push(withOwnAt({ ...seen, postId: `manual:${manualAt - 40 * MINUTE}`, publishedAt: manualAt - 40 * MINUTE, precision: 'minute', source: 'manual' }));
    }
  }
  return posts;
}

/** Stores a history as the store's writers leave it: the page, its posts, its summary and weeks. */
async function store(db: Db, posts: PostRecord[], withWeeks = true): Promise<void> {
  const tx = db.transaction(['pages', 'posts', 'followers', 'summaries', ...(withWeeks ? (['weeks'] as const) : [])], 'readwrite');
  void tx.objectStore('pages').put({ id: PAGE, site: 'x', handle: 'acme', url: 'https://x.com/acme', role: 'mine', trackedAt: T0 - 900 * DAY });
  for (const post of posts) void tx.objectStore('posts').put(post);
  void tx.objectStore('followers').put({ pageId: PAGE, at: T0 - DAY, count: 1200, exact: true, shown: '1,200' });
  await refreshSummary(tx, PAGE);
  await tx.done;
}

/** The chart's groups as the whole history gives them. */
async function wholeChart(db: Db): Promise<ReturnType<typeof chartGroupsOf>> {
  return chartGroupsOf(ownStatuses({ id: PAGE }, await db.getAll('posts', pageRange(PAGE))), FROM, T0);
}

/** The weeks kept, and those the page's whole history counts now. */
async function keptAndCounted(db: Db, pageId: PageId = PAGE) {
  const kept = await db.getAll('weeks', IDBKeyRange.bound([pageId, -Infinity], [pageId, Infinity]));
  return { kept, counted: countedWeeks(pageId, await db.getAll('posts', pageRange(pageId))) };
}

describe("the chart's weeks", () => {
  it('give the chart the whole history gives, reading a dozen weeks instead of the quarter’s posts', async () => {
    let compared = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      for (const perDay of [0.3, 2.7, 8]) {
        const db = await freshDb();
        await store(db, historyOf(200, perDay, random(seed * 10 + perDay)));
        const { result: detail, read } = await recordsRead(() => pageDetail(db, PAGE, T0));
        expect({ seed, perDay, groups: detail!.postGroups }).toEqual({ seed, perDay, groups: await wholeChart(db) });
        // The weeks before this one come kept; the posts read are this week's, the first
        // week's and what the nudges weigh, not the quarter's.
        expect(read.weeks).toBeGreaterThanOrEqual(10);
        const quarter = (await db.getAll('posts', pageRange(PAGE))).filter((p) => p.publishedAt! >= FROM).length;
        if (perDay >= 2.7) expect(read.posts).toBeLessThan(quarter / 2);
        compared += detail!.postGroups.length;
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('leave the popup waiting for 2 rounds of answers, at one month as at five years', async () => {
    const rounds: number[] = [];
    for (const days of [30, 5 * 365]) {
      const db = await freshDb();
      await store(db, Array.from({ length: Math.round(days * 2.7) }, (_, n) => {
        const publishedAt = T0 - Math.round((n * DAY) / 2.7) - HOUR;
        return withOwnAt({ pageId: PAGE, postId: `p${n}`, publishedAt, precision: 'minute', source: 'read', firstSeenAt: publishedAt, lastSeenAt: publishedAt });
      }));
      // The second opening writes no idea as shown (the first did, today).
      await pageDetail(db, PAGE, T0);
      const { read, rounds: waited } = await recordsRead(() => pageDetail(db, PAGE, T0));
      expect(read.weeks).toBeGreaterThan(0);
      rounds.push(waited);
    }
    // The page and its summary; then the posts the nudges weigh, this week's, the first week's and the weeks kept.
    expect(rounds).toEqual([2, 2]);
  });

  it("follow every writer: each new, re-dated, shared or edited post, each hand-recorded entry and each undone one counts its weeks again", async () => {
    const rand = random(42);
    const db = await freshDb();
    const history = historyOf(120, 2, rand);
    await store(db, history);
    const read = history.filter((p) => p.source === 'read' && p.publishedAt !== undefined);
    const asSeen = (p: PostRecord, change: Partial<ObservedPost>): ObservedPost => ({ id: p.postId, publishedAt: p.publishedAt, precision: p.precision, text: p.text, kind: p.kind, reactions: p.reactions, ...(p.repost && { repost: true }), ...change });
    for (let step = 0; step < 60; step++) {
      const pick = read[Math.floor(rand() * read.length)]!;
      const at = nearWeekEdge(T0 - rand() * 120 * DAY, rand);
      const roll = rand();
      if (roll < 0.2) await ingestObservation(db, observation([{ id: `new${step}`, publishedAt: at, precision: 'minute', text: `New ${step}` }]), T0);
      // Dated anew to the minute (a date the page wrote vaguely before, read precisely now): it may change weeks.
      else if (roll < 0.35) await ingestObservation(db, observation([asSeen(pick, { publishedAt: at, precision: 'second' })]), T0);
      else if (roll < 0.45) await ingestObservation(db, observation([asSeen(pick, { text: `Edited ${step}`, reactions: step })]), T0);
      else if (roll < 0.75) await recordManualPost(db, PAGE, at + Math.round((rand() - 0.5) * 10 * HOUR), 'minute', T0);
      else {
        const manual = (await db.getAll('posts', pageRange(PAGE))).filter((p) => p.source === 'manual');
        if (manual.length) await removeManualPost(db, PAGE, manual[Math.floor(rand() * manual.length)]!.postId);
      }
      const { kept, counted } = await keptAndCounted(db);
      expect({ step, kept }).toEqual({ step, kept: counted });
    }
    expect((await db.get('summaries', PAGE))!.weeksZone).toBe(weekZone());
  });

  it('judge a hand-recorded entry by the read post across the edge of its week, when counted again and when the chart’s first week is read', async () => {
    const db = await freshDb();
    const read = (postId: string, publishedAt: number): PostRecord => withOwnAt({ pageId: PAGE, postId, publishedAt, precision: 'minute', firstSeenAt: T0, lastSeenAt: T0, source: 'read', text: postId });
    const manual = (publishedAt: number): PostRecord => withOwnAt({ pageId: PAGE, postId: `manual:${publishedAt}`, publishedAt, precision: 'minute', firstSeenAt: T0, lastSeenAt: T0, source: 'manual' });
    const firstWhole = weekAfter(weekStart(FROM));
    const monday = weekStart(T0 - 40 * DAY);
    // Each "I just posted" is the post read on the other side of an edge: of the chart, of a week.
    await store(db, [read('before-chart', FROM - HOUR), manual(FROM + HOUR), manual(firstWhole - HOUR), read('after-first', firstWhole + HOUR), read('sunday', monday - 30 * MINUTE), manual(monday + 30 * MINUTE)]);
    // A post on the Wednesday after: its week and the next are counted again, from that Monday on.
    await ingestObservation(db, observation([{ id: 'wednesday', publishedAt: monday + 2 * DAY + 12 * HOUR, precision: 'minute', text: 'Wednesday' }]), T0);
    const { kept, counted } = await keptAndCounted(db);
    expect(kept).toEqual(counted);
    expect(kept.find((w) => w.start === monday)?.count).toBe(1);
    const detail = await pageDetail(db, PAGE, T0);
    expect(detail!.postGroups).toEqual(await wholeChart(db));
    expect(detail!.postGroups.find((g) => g.start === weekStart(FROM))).toBeUndefined();
  });

  it('are counted again, all of them, after the time zone changed; until then the chart reads its posts', async () => {
    const db = await freshDb();
    await store(db, historyOf(200, 2.7, random(7)));
    const summary = (await db.get('summaries', PAGE))!;
    await db.put('summaries', { ...summary, weeksZone: 'America/New_York' });
    // Weeks that another zone counted would start at its midnights.
    const moved = (await db.getAll('weeks')).map((week) => ({ ...week, start: week.start - 6 * HOUR }));
    await db.clear('weeks');
    for (const week of moved) await db.put('weeks', week);

    const { result: detail, read } = await recordsRead(() => pageDetail(db, PAGE, T0));
    expect(detail!.postGroups).toEqual(await wholeChart(db));
    expect(read.weeks ?? 0).toBe(0);

    // The next visit brings one new post: every week of the page is counted again, here.
    await ingestObservation(db, observation([{ id: 'fresh', publishedAt: T0 - HOUR, precision: 'minute', text: 'Fresh' }]), T0);
    const { kept, counted } = await keptAndCounted(db);
    expect(kept).toEqual(counted);
    expect((await db.get('summaries', PAGE))!.weeksZone).toBe(weekZone());
  });

  it('are not trusted once a writer without them changed the posts', async () => {
    const db = await freshDb();
    const history = historyOf(200, 2.7, random(9));
    await store(db, history);
    // Written beside the weeks, not through them: the summary then keeps no zone.
    await store(db, [withOwnAt({ pageId: PAGE, postId: 'late', publishedAt: weekAfter(weekStart(FROM)) + DAY, precision: 'minute', firstSeenAt: T0, lastSeenAt: T0, source: 'read' })], false);
    expect((await db.get('summaries', PAGE))!.weeksZone).toBeUndefined();
    const { result: detail, read } = await recordsRead(() => pageDetail(db, PAGE, T0));
    expect(detail!.postGroups).toEqual(await wholeChart(db));
    expect(read.weeks ?? 0).toBe(0);
  });
});
