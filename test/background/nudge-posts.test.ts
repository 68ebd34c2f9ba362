import { describe, expect, it } from 'vitest';
import type { ReadAhead } from '../../src/background/nudge-posts';
import { pageDetail, pageGlance, readNudgeInput, seriesFrom } from '../../src/background/page-views';
import { cadenceOf, ownStatuses, MERGE_REACH_MS } from '../../src/insights/cadence';
import { RECENT_POSTS } from '../../src/insights/facts';
import { pickNudges } from '../../src/insights/nudges';
import { THESIS_WEEKS, thesisOf } from '../../src/insights/posting-weeks';
import { withOwnAt, type Db, type FollowerSample, type PageRecord, type PageSummary, type PostRecord } from '../../src/store/db';
import { refreshSummary } from '../../src/store/summaries';
import { lastOwnPost, postsInRange } from '../../src/store/posts';
import { DAY, HOUR, T0, freshDb } from '../store/fixtures';
import { recordsRead } from '../store/records-read';
import { random } from '../e2e/harness/sample-history';

const HALF_YEAR = 190 * DAY;
const CHART_FROM = T0 - 90 * DAY;
const PRECISIONS: PostRecord['precision'][] = ['minute', 'minute', 'minute', 'minute', 'hour', 'day', 'day', 'month'];

const pageOf = (handle: string): PageRecord => ({ id: `x:${handle}`, site: 'x', handle, url: `https://x.com/${handle}`, role: 'mine', trackedAt: T0 - 800 * DAY });

interface Plan {
  days: number;
  perDay: number;
  silentDays: number;
  /** Clusters of hand-recorded entries, some right by a read post, some alone. */
  manualClusters: number;
  /** Days since the last follower sample. */
  sampleAgeDays: number;
}

/** A page's history as the store holds it: reposts, undated and vaguely dated posts, "I just posted" entries. */
function historyOf(page: PageRecord, plan: Plan, rand: () => number): { posts: PostRecord[]; samples: FollowerSample[] } {
  const posts: PostRecord[] = [];
  const base = { pageId: page.id, firstSeenAt: T0 - DAY, lastSeenAt: T0 - DAY };
  let n = 0;
  for (let at = T0 - plan.silentDays * DAY; at > T0 - plan.days * DAY; at -= (DAY / plan.perDay) * (0.2 + 1.6 * rand())) {
    const undated = rand() < 0.04;
    posts.push(withOwnAt({
      ...base, postId: `p${n++}`, source: 'read', kind: rand() < 0.2 ? 'poll' : 'photo', text: rand() < 0.3 ? 'Which one?' : 'News',
      comments: Math.floor(rand() * 4), reactions: Math.floor(rand() * 30), repost: rand() < 0.1,
      ...(!undated && { publishedAt: Math.round(at), precision: PRECISIONS[Math.floor(rand() * PRECISIONS.length)] }),
    }));
  }
  if (rand() < 0.3) posts.push(withOwnAt({ ...base, postId: 'future', source: 'read', publishedAt: T0 + 2 * HOUR, precision: 'minute' }));
  const read = posts.filter((p) => p.ownAt !== undefined);
  for (let c = 0; c < plan.manualClusters; c++) {
    const near = read.length && rand() < 0.6 ? read[Math.floor(rand() * read.length)]!.ownAt! : T0 - rand() * plan.days * DAY;
    let at = Math.min(T0, near + (rand() - 0.5) * 3 * MERGE_REACH_MS);
    for (let k = 1 + Math.floor(rand() * 3); k > 0; k--, at -= rand() * 70 * 60_000) {
      posts.push(withOwnAt({ ...base, postId: `manual:${c}-${k}`, source: 'manual', publishedAt: Math.round(at), precision: rand() < 0.7 ? 'minute' : 'day' }));
    }
  }
  const samples: FollowerSample[] = [];
  for (let d = plan.sampleAgeDays, count = 5000; d < plan.days; d += rand() < 0.8 ? 1 : 1 + Math.floor(rand() * 9)) {
    count -= Math.floor(rand() * 12) - 4;
    samples.push({ pageId: page.id, at: T0 - d * DAY - Math.floor(rand() * HOUR), count, exact: rand() < 0.8, shown: String(count) });
  }
  return { posts, samples };
}

/** Writes a page's history with its summary, as the store's writers do. */
async function store(db: Db, page: PageRecord, history: { posts: PostRecord[]; samples: FollowerSample[] }): Promise<void> {
  const tx = db.transaction(['pages', 'posts', 'followers', 'summaries'], 'readwrite');
  void tx.objectStore('pages').put(page);
  for (const post of history.posts) void tx.objectStore('posts').put(post);
  for (const sample of history.samples) void tx.objectStore('followers').put(sample);
  await refreshSummary(tx, page.id);
  await tx.done;
}

async function summaryOf(db: Db, page: PageRecord): Promise<PageSummary> {
  return (await db.get('summaries', page.id))!;
}

/** The half year as it was read before: every post of it, and the newest own status however old. */
async function wholeHalfYear(db: Db, page: PageRecord): Promise<PostRecord[]> {
  const [recent, last] = await Promise.all([postsInRange(db, page.id, T0 - HALF_YEAR, T0), lastOwnPost(db, page.id)]);
  return last && !recent.some((p) => p.postId === last.postId) ? [last, ...recent] : recent;
}

/** What the popup, the overlay and the reminder draw from the posts (the chart: the popup's from `chartFrom`). */
function whatIsShown(page: PageRecord, posts: readonly PostRecord[], followers: readonly FollowerSample[], chartFrom: number) {
  const statuses = ownStatuses(page, posts);
  return {
    nudges: pickNudges({ page, posts, followers, ideaHistory: [], now: T0 }),
    cadence: cadenceOf(page, posts, T0),
    chart: statuses.filter((p) => p.publishedAt! >= chartFrom),
    recent: statuses.slice(0, 5),
    thesis: thesisOf(followers, statuses.filter((p) => p.publishedAt! <= T0)),
  };
}

describe('the posts the nudges weigh', () => {
  it('decide the same as the whole half year, on pages of every rhythm', async () => {
    const plans: { plan: Plan; seed: number }[] = [];
    for (const seed of [3, 8, 16]) {
      const rand = random(seed);
      for (const perDay of [0.05, 0.4, 2, 7]) {
        for (const days of [12, 70, 400]) {
          plans.push({ seed, plan: { days, perDay, silentDays: [0, 3, 30, 160][Math.floor(rand() * 4)]!, manualClusters: Math.floor(rand() * 7), sampleAgeDays: [0, 0, 2, 20][Math.floor(rand() * 4)]! } });
        }
      }
    }
    const db = await freshDb();
    let weeksRead = 0;
    for (const [i, { plan, seed }] of plans.entries()) {
      const page = pageOf(`page${i}`);
      await store(db, page, historyOf(page, plan, random(seed + i)));
      const whole = await wholeHalfYear(db, page);
      const followers = await seriesFrom(db, page.id, T0 - HALF_YEAR, T0);
      // Nothing told ahead; what the page's summary tells (the older weeks and the newest posts
      // then read with the first reads); guesses gone wrong.
      const summary = await summaryOf(db, page);
      const aheads: (ReadAhead | undefined)[] = [
        undefined,
        { weeksEnd: summary.latestFollowers?.at, recentFrom: summary.ownPosts.at(-1)?.publishedAt },
        { weeksEnd: (summary.latestFollowers?.at ?? T0) - 3 * DAY, recentFrom: T0 - 300 * DAY },
        { recentFrom: T0 + DAY },
      ];
      for (const guess of aheads) {
        for (const wholeFrom of [CHART_FROM, T0]) {
          const input = await readNudgeInput(db, page, T0, wholeFrom, guess);
          expect(input.followers).toEqual(followers);
          const shown = whatIsShown(page, input.posts, followers, wholeFrom);
          expect({ seed, plan, guess, wholeFrom, ...shown }).toEqual({ seed, plan, guess, wholeFrom, ...whatIsShown(page, whole, followers, wholeFrom) });
          if (shown.thesis.known) weeksRead++;
        }
      }
    }
    // The comparison covered pages whose weeks with and without posts say something.
    expect(weeksRead).toBeGreaterThan(4);
  });

  it('judge a hand-recorded entry by the posts around it, wherever a slice of the half year ends', async () => {
    const base = { firstSeenAt: T0, lastSeenAt: T0 };
    const read = (page: PageRecord, postId: string, at: number, precision: PostRecord['precision'] = 'minute') =>
      withOwnAt({ ...base, pageId: page.id, postId, publishedAt: at, precision, source: 'read' });
    const manual = (page: PageRecord, at: number) => withOwnAt({ ...base, pageId: page.id, postId: `manual:${at}`, publishedAt: at, precision: 'minute', source: 'manual' });
    const daily = (page: PageRecord, from: number, days: number, skip: (d: number) => boolean = () => false) =>
      Array.from({ length: days }, (_, d) => d).filter((d) => !skip(d)).map((d) => read(page, `d${d}`, from - d * DAY));
    const samples = (page: PageRecord, latest: number) =>
      Array.from({ length: 200 }, (_, d): FollowerSample => ({ pageId: page.id, at: latest - d * DAY, count: 9000 - d * (d % 3), exact: true, shown: '' }));
    const H = T0 - HALF_YEAR;
    const scenes: { name: string; page: PageRecord; posts: PostRecord[]; latest: number; wholeFrom: number; dropped: string }[] = [];
    {
      // Just inside the chart's window, dropped for a read post two below its edge (the first is too vague to pair).
      const page = pageOf('chart-edge');
      const m = manual(page, CHART_FROM + 5 * HOUR);
      const posts = [...daily(page, T0 - HOUR, 180, (d) => d >= 88 && d <= 92), m, read(page, 'vague', CHART_FROM - 2 * HOUR, 'month'), read(page, 'near', CHART_FROM - 6 * HOUR)];
      scenes.push({ name: 'chart edge', page, posts, latest: T0, wholeFrom: CHART_FROM, dropped: m.postId });
    }
    {
      // Alone in an old week, dropped for a read post of the next week, 8 hours later (not that week's newest).
      const page = pageOf('lonely-week');
      const m = manual(page, T0 - 70 * DAY - 3 * HOUR);
      const recent = daily(page, T0 - HOUR, 60).filter((_, i) => i % 2 === 0);
      const older = [64, 100, 120, 130, 150, 170].map((d) => read(page, `old${d}`, T0 - d * DAY));
      scenes.push({ name: 'lonely week', page, posts: [...recent, m, read(page, 'next-week', T0 - 70 * DAY + 5 * HOUR), ...older], latest: T0, wholeFrom: T0, dropped: m.postId });
    }
    {
      // The half year's oldest entry, dropped for a day-dated post 30 hours later, past a minute-dated one 14 hours later;
      // the last week the thesis counts starts between the entry and that minute-dated post.
      const page = pageOf('oldest');
      const m = manual(page, H + HOUR);
      const posts = [...daily(page, T0 - HOUR, 150), m, read(page, 'after', H + 15 * HOUR), read(page, 'day-dated', H + 31 * HOUR, 'day')];
      scenes.push({ name: 'oldest', page, posts, latest: H + 26 * 7 * DAY + 5 * HOUR, wholeFrom: T0, dropped: m.postId });
    }
    {
      // Alone in an old week wholly within the chart's read (its edge: 36 hours below the chart's
      // start), dropped for a day-dated post of the week before, below that edge.
      const page = pageOf('edge-week');
      const m = manual(page, T0 - 91 * DAY + HOUR);
      const posts = [...daily(page, T0 - HOUR, 180, (d) => d >= 84 && d <= 92), m, read(page, 'vague', T0 - 91 * DAY - 3 * HOUR, 'month'), read(page, 'day-dated', T0 - 91 * DAY - 20 * HOUR, 'day')];
      scenes.push({ name: 'edge week', page, posts, latest: T0, wholeFrom: CHART_FROM, dropped: m.postId });
    }
    const db = await freshDb();
    for (const { name, page, posts, latest, wholeFrom, dropped } of scenes) {
      await store(db, page, { posts, samples: samples(page, latest) });
      const whole = await wholeHalfYear(db, page);
      expect(ownStatuses(page, whole).map((p) => p.postId), name).not.toContain(dropped);
      const followers = await seriesFrom(db, page.id, H, T0);
      const summary = await summaryOf(db, page);
      for (const guess of [undefined, { weeksEnd: latest, recentFrom: summary.ownPosts.at(-1)?.publishedAt }]) {
        const input = await readNudgeInput(db, page, T0, wholeFrom, guess);
        expect({ name, guess, ...whatIsShown(page, input.posts, followers, wholeFrom) }).toEqual({ name, guess, ...whatIsShown(page, whole, followers, wholeFrom) });
      }
    }
  });

  it('count the week where the chart’s read ends by the post just below that end', async () => {
    const page = pageOf('straddle');
    const base = { pageId: page.id, firstSeenAt: T0, lastSeenAt: T0, source: 'read' as const, precision: 'minute' as const };
    // The chart's read starts 36 hours below the chart (T0 - 91.5 days), inside the week from 98 to 91 days back.
    const lone = withOwnAt({ ...base, postId: 'lone', publishedAt: CHART_FROM - MERGE_REACH_MS - HOUR });
    const posts = Array.from({ length: 180 }, (_, d) => d)
      // Three silent weeks further back, for the thesis to compare.
      .filter((d) => (d < 91 || d > 97) && (d < 126 || d > 146))
      .map((d) => withOwnAt({ ...base, postId: `d${d}`, publishedAt: T0 - d * DAY - HOUR }));
    const samples = Array.from({ length: 200 }, (_, d): FollowerSample => ({ pageId: page.id, at: T0 - d * DAY, count: 9000 - d * (d % 3), exact: true, shown: '' }));
    const db = await freshDb();
    await store(db, page, { posts: [...posts, lone], samples });
    const whole = await wholeHalfYear(db, page);
    const followers = await seriesFrom(db, page.id, T0 - HALF_YEAR, T0);
    const expected = whatIsShown(page, whole, followers, CHART_FROM);
    // That week, the thesis's 14th, is posted by the lone post alone.
    const loneWeek = expected.thesis.known ? expected.thesis.weeks.find((w) => w.start <= lone.ownAt! && lone.ownAt! < w.start + 7 * DAY) : undefined;
    expect(loneWeek?.posted).toBe(true);
    for (const guess of [undefined, { weeksEnd: T0 }]) {
      const input = await readNudgeInput(db, page, T0, CHART_FROM, guess);
      expect({ guess, ...whatIsShown(page, input.posts, followers, CHART_FROM) }).toEqual({ guess, ...expected });
    }
  });

  it('are read in slices: a page posting seven times a day costs about what one posting daily does', async () => {
    const db = await freshDb();
    const costs: Record<string, { glance: number; detail: number; halfYear: number; chart: number }> = {};
    for (const perDay of [1, 7]) {
      const page = pageOf(`every${perDay}`);
      const posts: PostRecord[] = [];
      for (let n = 0; n < 2 * 365 * perDay; n++) {
        const publishedAt = T0 - Math.round((n * DAY) / perDay) - HOUR;
        posts.push(withOwnAt({ pageId: page.id, postId: `p${n}`, publishedAt, precision: 'minute', kind: 'photo', source: 'read', firstSeenAt: publishedAt, lastSeenAt: publishedAt }));
      }
      const samples = Array.from({ length: 2 * 365 }, (_, d): FollowerSample => ({ pageId: page.id, at: T0 - d * DAY, count: 9000 - d, exact: true, shown: '' }));
      await store(db, page, { posts, samples });
      const glance = await recordsRead(() => readNudgeInput(db, page, T0));
      const detail = await recordsRead(() => readNudgeInput(db, page, T0, CHART_FROM));
      costs[perDay] = {
        glance: glance.read.posts ?? 0,
        detail: detail.read.posts ?? 0,
        halfYear: posts.filter((p) => p.publishedAt! >= T0 - HALF_YEAR).length,
        chart: posts.filter((p) => p.publishedAt! >= CHART_FROM).length,
      };
    }
    const within = (perDay: number) => Math.ceil((MERGE_REACH_MS / DAY) * perDay) + 1;
    for (const perDay of [1, 7]) {
      const cost = costs[perDay]!;
      // The newest posts, those within reach of the last one weighed, one a week for the weeks
      // the thesis counts beyond them, and the newest own status.
      expect(cost.glance).toBeLessThanOrEqual(RECENT_POSTS + within(perDay) + THESIS_WEEKS + 2);
      expect(cost.detail).toBeLessThanOrEqual(cost.chart + within(perDay) + THESIS_WEEKS + 2);
      expect(cost.glance).toBeLessThan(cost.halfYear / 3);
    }
    expect(costs[7]!.glance).toBeLessThan(2 * costs[1]!.glance);
  });

  it('take the posts within reach of the chart’s edge in the chart’s own read: as few answers from the store at seven posts a day as at one', async () => {
    const db = await freshDb();
    const answers: Record<number, number> = {};
    for (const perDay of [1, 7]) {
      const page = pageOf(`edge${perDay}`);
      const posts = Array.from({ length: 200 * perDay }, (_, n) => {
        const publishedAt = T0 - Math.round((n * DAY) / perDay) - HOUR;
        return withOwnAt({ pageId: page.id, postId: `p${n}`, publishedAt, precision: 'minute', kind: 'photo', source: 'read', firstSeenAt: publishedAt, lastSeenAt: publishedAt });
      });
      const samples = Array.from({ length: 200 }, (_, d): FollowerSample => ({ pageId: page.id, at: T0 - d * DAY, count: 9000 - d, exact: true, shown: '' }));
      await store(db, page, { posts, samples });
      answers[perDay] = (await recordsRead(() => readNudgeInput(db, page, T0, CHART_FROM))).answers;
    }
    // Walked down from the edge, each of the 11 posts of 36 hours at 7 a day was one more answer.
    expect(answers[7]).toBe(answers[1]);
  });

  it('ask for the weeks the thesis counts and the newest posts with the first reads: the popup and the overlay wait for as many rounds of answers at any history length', async () => {
    const db = await freshDb();
    const rounds: Record<number, { detail: number; unguessed: number }> = {};
    const glances: number[] = [];
    for (const days of [30, 5 * 365]) {
      const page = pageOf(`long${days}`);
      const posts = Array.from({ length: Math.round(days * 2.7) }, (_, n) => {
        const publishedAt = T0 - Math.round((n * DAY) / 2.7) - HOUR;
        return withOwnAt({ pageId: page.id, postId: `p${n}`, publishedAt, precision: 'minute', kind: 'photo', source: 'read', firstSeenAt: publishedAt, lastSeenAt: publishedAt });
      });
      const samples = Array.from({ length: days }, (_, d): FollowerSample => ({ pageId: page.id, at: T0 - d * DAY, count: 9000 - d, exact: true, shown: '' }));
      await store(db, page, { posts, samples });
      // Twice: the second opening writes no idea as shown (the first did, today).
      await pageDetail(db, page.id, T0);
      rounds[days] = {
        detail: (await recordsRead(() => pageDetail(db, page.id, T0))).rounds,
        unguessed: (await recordsRead(() => readNudgeInput(db, page, T0, CHART_FROM))).rounds,
      };
      glances.push((await recordsRead(() => pageGlance(db, page.id, T0))).rounds);
    }
    // The page and its summary, then the first reads (the chart's posts, the newest, the span's
    // oldest, the samples, the ideas) with the older weeks, one post each. Without the summary's
    // latest follower sample ahead, the older weeks wait for the first reads.
    expect(rounds).toEqual({ 30: { detail: 2, unguessed: 1 }, [5 * 365]: { detail: 2, unguessed: 2 } });
    // The overlay's glance: the page and its summary, then the first reads down to within reach
    // below the summary's oldest own post (the 26th): the 25 it weighs and what lies within reach
    // of them come in. Walked down from the last 36 hours one post per round, it waited for 28.
    expect(glances).toEqual([2, 2]);
  });
});
