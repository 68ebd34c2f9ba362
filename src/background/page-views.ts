import { chartGroupsOf, unitOf, weekAfter, weekStart, type PostGroup } from '../insights/post-groups';
import { countPoints, followerDeltas, seriesOf, seriesSince } from '../insights/audience';
import { cadenceOf, MERGE_REACH_MS, ownStatuses } from '../insights/cadence';
import { DAY_MS, dayNumber } from '../insights/day';
import { pickNudges, type Nudge, type NudgeInput } from '../insights/nudges';
import type { PageDetail, PageGlance, PageListItem } from '../messages';
import { weekGroups, weekZone } from '../store/chart-weeks';
import { pageRange, type Db, type FollowerSample, type IdeaRecord, type PageId, type PageRecord, type PageSummary } from '../store/db';
import { followerSeries, sampleAtOrBefore } from '../store/followers';
import { getPage } from '../store/pages';
import { postsInRange } from '../store/posts';
import { nudgePosts, type ReadAhead } from './nudge-posts';
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

/**
 * The popup's view of one page. Its chart's whole weeks come from the weeks kept beside the
 * posts (chart-weeks.ts) when they were counted in this time zone: then only the posts of this
 * week are read whole with what the nudges weigh, and those of the chart's first, partial week
 * on their own; else every post of the chart's window is.
 */
export async function pageDetail(db: Db, pageId: PageId, now: number): Promise<PageDetail | null> {
  const [page, ahead, weeksZone] = await pageAndSummary(db, pageId);
  if (!page) return null;
  const from = now - CHART_DAYS * DAY_MS;
  const kept = weeksZone === weekZone() ? keptWeeksOf(from, now) : undefined;
  const [input, earlier] = await Promise.all([readNudgeInput(db, page, now, kept?.thisWeek ?? from, ahead), kept && earlierGroups(db, page, from, kept)]);
  const detail = detailOf(input, from, earlier);
  await recordShown(db, page, detail.nudges, now, input.ideaHistory);
  return detail;
}

/** Where the chart's whole weeks (kept) start and end: the start of its second week, and of this one. */
interface KeptWeeks {
  firstWhole: number;
  thisWeek: number;
}

function keptWeeksOf(from: number, now: number): KeptWeeks | undefined {
  if (unitOf(from, now) !== 'week') return undefined;
  const first = weekStart(from);
  return { firstWhole: first === from ? from : weekAfter(first), thisWeek: weekStart(now) };
}

/**
 * The chart's groups before this week: its first week (cut at `from`) counted from its posts and
 * those within reach of it, as the whole history would count them, then the weeks kept.
 */
async function earlierGroups(db: Db, page: PageRecord, from: number, { firstWhole, thisWeek }: KeptWeeks): Promise<EarlierGroups> {
  const [weeks, first] = await Promise.all([
    db.getAll('weeks', IDBKeyRange.bound([page.id, firstWhole], [page.id, thisWeek], false, true)),
    from < firstWhole ? postsInRange(db, page.id, from - MERGE_REACH_MS, firstWhole + MERGE_REACH_MS) : [],
  ]);
  return { groups: [...chartGroupsOf(ownStatuses(page, first), from, firstWhole - 1, 'week'), ...weekGroups(weeks)], until: thisWeek };
}

/** The chart's groups until `until`, when they come from the weeks kept. */
interface EarlierGroups {
  groups: PostGroup[];
  until: number;
}

/**
 * The overlay's one idea is the popup's first: only that one counts as shown. No chart on the
 * page, so none of the chart's posts are read.
 */
export async function pageGlance(db: Db, pageId: PageId, now: number): Promise<PageGlance | null> {
  const [page, ahead] = await pageAndSummary(db, pageId);
  if (!page) return null;
  const input = await readNudgeInput(db, page, now, now, ahead);
  const nudge = pickNudges(input)[0];
  if (nudge) await recordShown(db, page, [nudge], now, input.ideaHistory);
  return { page, cadence: cadenceOf(page, input.posts, now), nudge };
}

/**
 * A page's record and what its summary tells ahead of its posts (ReadAhead), read together: with
 * them, readNudgeInput asks for the older weeks' posts and the newest ones in its first reads,
 * not in rounds after them.
 */
export async function pageAndSummary(db: Db, pageId: PageId): Promise<[PageRecord | undefined, ReadAhead, PageSummary['weeksZone']]> {
  const [page, summary] = await Promise.all([getPage(db, pageId), db.get('summaries', pageId)]);
  return [page, { weeksEnd: summary?.latestFollowers?.at, recentFrom: summary?.ownPosts.at(-1)?.publishedAt }, summary?.weeksZone];
}

/**
 * What the nudges weigh for one page: the own posts of the last half year that decide them (see
 * nudgePosts), with every one since `wholeFrom` when a chart marks them; half a year of follower
 * samples from the one before the window; the ideas already shown. The popup, the overlay and the
 * reminder all read it here, so they agree on today's first idea; `ahead` (see pageAndSummary)
 * saves rounds of reads, never changes what they decide.
 */
export async function readNudgeInput(db: Db, page: PageRecord, now: number, wholeFrom = now, ahead?: ReadAhead): Promise<NudgeInput> {
  const historyFrom = now - HISTORY_DAYS * DAY_MS;
  const followers = seriesFrom(db, page.id, historyFrom, now);
  const [posts, series, ideaHistory] = await Promise.all([
    nudgePosts(db, page, { from: historyFrom, now, wholeFrom }, followers.then((samples) => samples.at(-1)?.at), ahead),
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

/**
 * The popup's view of one page, its chart from `from`, out of what the nudges weigh (read with
 * every post since `from`, or since `earlier.until` when the groups before come from the weeks kept).
 */
function detailOf(input: NudgeInput, from: number, earlier?: EarlierGroups): PageDetail {
  const { page, posts, followers: series, now } = input;
  const statuses = ownStatuses(page, posts);
  const nudges = pickNudges(input);
  const latest = series.at(-1);
  return {
    page,
    cadence: cadenceOf(page, posts, now),
    from,
    to: now,
    followers: countPoints(seriesSince(series, from)),
    ...(latest && { latestFollowers: latest }),
    deltas: followerDeltas(series),
    postGroups: earlier ? [...earlier.groups, ...chartGroupsOf(statuses, earlier.until, now, 'week')] : chartGroupsOf(statuses, from, now),
    recentPosts: statuses.slice(0, RECENT_POSTS),
    nudges,
  };
}

/**
 * The nudge engine rotates ideas shown on earlier days; it learns what was shown from these
 * records. One write per idea per day at most: reopening the popup writes nothing, and opens no
 * writing transaction when `known` (the page's idea records, as just read) says all are shown today.
 */
export async function recordShown(db: Db, page: PageRecord, nudges: readonly Nudge[], now: number, known?: readonly IdeaRecord[]): Promise<void> {
  const shownToday = (ideaId: string) => known?.some((r) => r.pageId === page.id && r.ideaId === ideaId && isShownOn(r, now));
  if (nudges.every(({ ideaId }) => shownToday(ideaId))) return;
  const tx = db.transaction('ideas', 'readwrite');
  for (const { ideaId } of nudges) {
    const record = await tx.store.get([page.id, ideaId]);
    if (record && isShownOn(record, now)) continue;
    await tx.store.put({ pageId: page.id, ideaId, state: 'shown', at: now });
  }
  await tx.done;
}

function isShownOn(record: IdeaRecord, now: number): boolean {
  return record.state === 'shown' && dayNumber(record.at) === dayNumber(now);
}
