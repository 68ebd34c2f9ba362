import { chartPostsOf } from '../insights/chart-posts';
import { followerDeltas, seriesOf, seriesSince } from '../insights/audience';
import { cadenceOf, ownStatuses } from '../insights/cadence';
import { DAY_MS, dayNumber } from '../insights/day';
import { pickNudges, type Nudge, type NudgeInput } from '../insights/nudges';
import type { PageDetail, PageGlance, PageListItem } from '../messages';
import { pageRange, type Db, type FollowerSample, type PageId, type PageRecord } from '../store/db';
import { followerSeries, sampleAtOrBefore } from '../store/followers';
import { getPage } from '../store/pages';
import { nudgePosts } from './nudge-posts';
import { readPageStates } from './page-states';

/** What the popup's chart spans: a quarter, short enough to read. */
export const CHART_DAYS = 90;
/** Nudges weigh half a year of weeks (the essay's posted/silent weeks) and the last 25 posts. */
const HISTORY_DAYS = 190;
const RECENT_POSTS = 5;

/** The popup's list: what the badge reads, each page's summary with its cadence. */
export function listPageItems(db: Db, now: number): Promise<PageListItem[]> {
  return readPageStates(db, now);
}

export async function pageDetail(db: Db, pageId: PageId, now: number): Promise<PageDetail | null> {
  const detail = await readDetail(db, pageId, now);
  if (detail) await recordShown(db, detail.page, detail.nudges, now);
  return detail;
}

/** The overlay's one idea is the popup's first: only that one counts as shown. */
export async function pageGlance(db: Db, pageId: PageId, now: number): Promise<PageGlance | null> {
  const detail = await readDetail(db, pageId, now);
  if (!detail) return null;
  const nudge = detail.nudges[0];
  if (nudge) await recordShown(db, detail.page, [nudge], now);
  return { page: detail.page, cadence: detail.cadence, nudge };
}

/**
 * What the nudges weigh for one page: the own posts of the last half year that decide them (see
 * nudgePosts), with every one since `wholeFrom` when a chart marks them; half a year of follower
 * samples from the one before the window; the ideas already shown. The popup, the overlay and the
 * reminder all read it here, so they agree on today's first idea.
 */
export async function readNudgeInput(db: Db, page: PageRecord, now: number, wholeFrom = now): Promise<NudgeInput> {
  const historyFrom = now - HISTORY_DAYS * DAY_MS;
  const followers = seriesFrom(db, page.id, historyFrom, now);
  const [posts, series, ideaHistory] = await Promise.all([
    nudgePosts(db, page, { from: historyFrom, now, wholeFrom }, followers.then((samples) => samples.at(-1)?.at)),
    followers,
    db.getAll('ideas', pageRange(page.id)),
  ]);
  return { page, posts, followers: series, ideaHistory, now };
}

/** The page's samples from `from` (with the one just before it, which starts the line) to `now`. */
export async function seriesFrom(db: Db, pageId: PageId, from: number, now: number): Promise<FollowerSample[]> {
  const [samples, before] = await Promise.all([
    followerSeries(db, pageId, from, now),
    Number.isFinite(from) ? sampleAtOrBefore(db.transaction('followers').store, pageId, from) : undefined,
  ]);
  return seriesOf(pageId, before ? [before, ...samples] : samples, now);
}

async function readDetail(db: Db, pageId: PageId, now: number): Promise<PageDetail | null> {
  const page = await getPage(db, pageId);
  if (!page) return null;
  const from = now - CHART_DAYS * DAY_MS;
  const input = await readNudgeInput(db, page, now, from);
  const { posts, followers: series } = input;
  const statuses = ownStatuses(page, posts);
  const nudges = pickNudges(input);
  return {
    page,
    cadence: cadenceOf(page, posts, now),
    from,
    to: now,
    followers: seriesSince(series, from),
    deltas: followerDeltas(series),
    chartPosts: chartPostsOf(statuses, from),
    recentPosts: statuses.slice(0, RECENT_POSTS),
    nudges,
  };
}

/**
 * The nudge engine rotates ideas shown on earlier days; it learns what was shown from these
 * records. One write per idea per day at most: reopening the popup writes nothing.
 */
export async function recordShown(db: Db, page: PageRecord, nudges: readonly Nudge[], now: number): Promise<void> {
  const tx = db.transaction('ideas', 'readwrite');
  for (const { ideaId } of nudges) {
    const record = await tx.store.get([page.id, ideaId]);
    if (record?.state === 'shown' && dayNumber(record.at) === dayNumber(now)) continue;
    await tx.store.put({ pageId: page.id, ideaId, state: 'shown', at: now });
  }
  await tx.done;
}
