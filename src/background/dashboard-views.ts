import { countPoints, followerDeltas, seriesSince } from '../insights/audience';
import { bestTime } from '../insights/best-time';
import { cadenceOf, ownStatuses } from '../insights/cadence';
import { DAY_MS } from '../insights/day';
import { ideaJournal } from '../insights/idea-journal';
import { pickNudges } from '../insights/nudges';
import { BRACKET_MAX_DAYS, THESIS_WEEKS, thesisOf } from '../insights/posting-weeks';
import { RANGE_DAYS, type DashboardRange } from '../dashboard-range';
import type { DashboardPage, DashboardRow } from '../messages';
import { pageRange, type Db, type PageId } from '../store/db';
import { newestOwnPosts, postsInRange } from '../store/posts';
import { listPageItems, pageAndSummary, readNudgeInput, recordShown, seriesFrom } from './page-views';

/** What a row's trend line spans, and how many points it keeps of it. */
const TREND_DAYS = 90;
const TREND_POINTS = 30;
/** The curve keeps at most this many points: more than a chart's width in pixels says nothing more. */
const CURVE_POINTS = 600;
/** The idea journal looks at the last year. */
const JOURNAL_DAYS = 365;
/** Best time weighs the page's newest own posts, however old: a page silent for a year still has its habits. */
const BEST_TIME_POSTS = 200;

/**
 * Every tracked page as a dashboard row: the popup's list item, its 30-day change and a small
 * trend. Each page costs the popup's reads plus one range read of its last 90 days of samples.
 */
export async function dashboardRows(db: Db, now: number): Promise<DashboardRow[]> {
  const items = await listPageItems(db, now);
  const from = now - TREND_DAYS * DAY_MS;
  return Promise.all(
    items.map(async (item) => {
      const series = await seriesFrom(db, item.page.id, from, now);
      const month = followerDeltas(series).find((d) => d.days === 30)!;
      return { ...item, month, trend: countPoints(thin(series.filter((s) => s.at >= from), TREND_POINTS)) };
    }),
  );
}

/**
 * One page in depth over `range`: the curve, its own posts, the weeks with posts against weeks
 * without, best time (in `timeZone`, the admin's) and the idea journal. Reads are range reads on
 * the page's keys, never a whole store.
 */
export async function dashboardPage(db: Db, pageId: PageId, range: DashboardRange, timeZone: string, now: number): Promise<DashboardPage | null> {
  const [page, ahead] = await pageAndSummary(db, pageId);
  if (!page) return null;
  const rangeFrom = now - RANGE_DAYS[range] * DAY_MS;
  const thesisFrom = now - (THESIS_WEEKS + 1) * 7 * DAY_MS - BRACKET_MAX_DAYS * DAY_MS;
  const journalFrom = now - JOURNAL_DAYS * DAY_MS;
  // Follower gains around a journal's post need a week before it; the thesis half a year and a bracket.
  const readFrom = Math.min(rangeFrom, thesisFrom, journalFrom - 7 * DAY_MS);
  const [posts, newest, series, nudgeInput] = await Promise.all([
    postsInRange(db, pageId, readFrom, now),
    newestOwnPosts(db, pageId, BEST_TIME_POSTS),
    seriesFrom(db, pageId, readFrom, now),
    readNudgeInput(db, page, now, now, ahead),
  ]);
  const statuses = ownStatuses(page, posts);
  const nudges = pickNudges(nudgeInput);
  await recordShown(db, page, nudges, now, nudgeInput.ideaHistory);
  // Read after the cards just shown are recorded, so the journal lists them too.
  const ideas = await db.getAll('ideas', pageRange(pageId));
  const inRange = statuses.filter((p) => p.publishedAt! >= rangeFrom);
  const curve = seriesSince(series, rangeFrom);
  return {
    page,
    cadence: cadenceOf(page, nudgeInput.posts, now),
    range,
    from: Number.isFinite(rangeFrom) ? rangeFrom : Math.min(curve[0]?.at ?? now, inRange.at(-1)?.publishedAt ?? now, page.trackedAt),
    to: now,
    followers: thin(curve, CURVE_POINTS),
    deltas: followerDeltas(series),
    posts: inRange,
    postingWeeks: thesisOf(series.filter((s) => s.at >= thesisFrom), statuses.filter((p) => p.publishedAt! >= thesisFrom)),
    bestTime: bestTime(ownStatuses(page, newest), timeZone),
    journal: ideaJournal(ideas.filter((i) => i.at >= journalFrom), statuses, series, now),
    nudges,
  };
}

/** At most `points` samples, evenly picked, keeping the first and the last. */
function thin<T>(series: readonly T[], points: number): T[] {
  if (series.length <= points) return [...series];
  const step = (series.length - 1) / (points - 1);
  return Array.from({ length: points }, (_, i) => series[Math.round(i * step)]!);
}
