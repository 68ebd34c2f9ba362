import { MERGE_REACH_MS, ownStatuses, RHYTHM_POSTS, uncertaintyMs } from '../insights/cadence';
import { RECENT_POSTS } from '../insights/facts';
import { THESIS_WEEKS, WEEK_MS } from '../insights/posting-weeks';
import type { Db, PageRecord, PostRecord } from '../store/db';
import { walkOwnPosts, type OwnByDate } from '../store/posts';

/** The span the nudges weigh (`from` to `now`), and from when on every own post must be there (a chart's window). */
export interface NudgeSpan {
  from: number;
  now: number;
  /** Every own post from here to `now` is read (the popup's chart marks them all); `now`: none needed. */
  wholeFrom: number;
}

/**
 * What the page's summary tells before its posts are read, each a guess the reads check (a wrong
 * one costs a round, never an answer): where the weeks the thesis counts end (the latest follower
 * sample), and how far down its newest own posts reach (the oldest of the summary's).
 */
export interface ReadAhead {
  weeksEnd?: number | undefined;
  recentFrom?: number | undefined;
}

/**
 * The page's own posts that decide what the nudges, the cadence and the chart say over `span`,
 * read in slices instead of as the whole half year, so that a page posting several times a day
 * costs about what a quiet one does:
 * - every post from `wholeFrom`, and down the index until the newest RECENT_POSTS read ones and
 *   RHYTHM_POSTS dated to the day are in (what the cadence, the recent posts and the facts weigh);
 * - the oldest status of the span (where the weeks with and without posts may start), asked for
 *   with the first reads: the weeks the thesis counts are then read next, not after a walk;
 * - in each older week the thesis counts (ending at `weeksEnd`, the latest follower sample), its
 *   newest posts down to one read from the page: one is enough to call the week posted (asked
 *   for with the first reads when that end is guessed right, after them otherwise);
 * - the newest own post, whenever it is dated (the cadence places it even when it is old).
 * A hand-recorded entry counts or not by the statuses near it (ownStatuses): every one read comes
 * with all posts within MERGE_REACH_MS of it, so it is judged as over the whole history (up to a
 * chain of more entries than that reach holds, each within an hour of the next).
 */
export async function nudgePosts(db: Db, page: PageRecord, span: NudgeSpan, weeksEnd: Promise<number | undefined>, ahead: ReadAhead = {}): Promise<PostRecord[]> {
  const { from, now } = span;
  const taken = new Map<string, PostRecord>();
  const take = (post: PostRecord) => void taken.set(post.postId, post);
  const index = db.transaction('posts').store.index('byOwnPublished');
  const wholeFrom = Math.max(from, Math.min(span.wholeFrom, now));
  // The posts within merge reach below `wholeFrom`, and down to the summary's oldest, come in the
  // same read: the walk down from there would take them one cursor step (one round trip to the
  // store) each.
  const recentFrom = Number.isFinite(ahead.recentFrom) ? Math.min(wholeFrom, ahead.recentFrom!) : wholeFrom;
  const readFrom = Math.max(from, recentFrom - MERGE_REACH_MS);
  const firstReads = Promise.all([
    index.openCursor(IDBKeyRange.bound([page.id, -Infinity], [page.id, Infinity]), 'prev'),
    index.getAll(IDBKeyRange.bound([page.id, readFrom], [page.id, now])),
    index.get(IDBKeyRange.bound([page.id, from], [page.id, now])),
  ]);
  const early = ahead.weeksEnd === undefined ? undefined : walkWeeksEarly(index, page.id, span, ahead.weeksEnd, readFrom);
  const [newest, read, oldest] = await firstReads;
  if (newest) take(newest.value);
  let readCount = 0;
  let dated = 0;
  const count = (post: PostRecord) => {
    if (post.source === 'manual') return;
    readCount++;
    if (uncertaintyMs(post.precision) !== undefined) dated++;
  };
  const enough = () => readCount >= RECENT_POSTS && dated >= RHYTHM_POSTS;
  const newestFirst = read.reverse();
  const below = newestFirst.findIndex((post) => post.ownAt! < wholeFrom);
  const whole = below < 0 ? newestFirst : newestFirst.slice(0, below);
  for (const post of whole) take(post), count(post);
  let exactFrom: number | undefined = enough() ? wholeFrom : undefined;
  const walkDown = (post: PostRecord) => {
    take(post);
    if (exactFrom !== undefined) return post.ownAt! >= exactFrom - MERGE_REACH_MS;
    count(post);
    if (enough()) exactFrom = post.ownAt!;
    return true;
  };
  const walkOn = below < 0 || newestFirst.slice(below).every(walkDown);
  // Down the index past what was read, unless all that the walk wants was in it.
  if (walkOn && !(exactFrom !== undefined && exactFrom - MERGE_REACH_MS >= readFrom)) {
    await walkOwnPosts(index, page.id, { from, to: readFrom, toOpen: true }, 'prev', walkDown);
  }
  // The walk reached the span's start: every post of it is in.
  if (exactFrom === undefined) return [...taken.values()];

  // A read post is a status, and the oldest one ends the walk up from the span's start; only a
  // hand-recorded entry there needs the walk, for the posts that decide whether it counts.
  if (oldest?.source === 'read') take(oldest);
  else await walkOwnPosts(index, page.id, { from, to: now }, 'next', withManualReach(take));
  const knownSince = Math.min(...ownStatuses(page, [...taken.values()]).map((p) => p.publishedAt!).filter((at) => at <= now));
  const end = await weeksEnd;
  if (end === undefined || !Number.isFinite(knownSince)) return [...taken.values()];
  await readOlderWeeks(db, page, { from, now, end, knownSince, exactFrom }, taken, early);
  return [...taken.values()];
}

/**
 * A walk's `take` that goes on to the first post read from the page, and on past each
 * hand-recorded entry met until MERGE_REACH_MS beyond it (oldest first: its later neighbours).
 */
function withManualReach(take: (post: PostRecord) => void): (post: PostRecord) => boolean {
  let readSeen = false;
  let reach = -Infinity;
  return (post) => {
    if (readSeen && post.ownAt! > reach) return false;
    take(post);
    if (post.source === 'manual') reach = Math.max(reach, post.ownAt! + MERGE_REACH_MS);
    else readSeen = true;
    return true;
  };
}

interface Weeks {
  from: number;
  now: number;
  /** The last week ends here; the weeks before start from the span's oldest status. */
  end: number;
  knownSince: number;
  /** Every post from here on is already in. */
  exactFrom: number;
}

/** A walk down one week: the posts it took, whether one was read from the page, whether one was recorded by hand. */
interface WeekWalk {
  posts: PostRecord[];
  readFound: boolean;
  manual: boolean;
}

const NOTHING_WALKED: Promise<WeekWalk> = Promise.resolve({ posts: [], readFound: false, manual: false });

/** The thesis's weeks ending at `end`, newest first, each from `start` to `to` (left out). */
function thesisWeeks(end: number): { start: number; to: number }[] {
  return Array.from({ length: THESIS_WEEKS }, (_, k) => ({ start: end - (k + 1) * WEEK_MS, to: end - k * WEEK_MS }));
}

/** The newest posts of `slice` down to one read from the page (`to` left out). */
async function walkWeek(index: OwnByDate, pageId: PageRecord['id'], slice: { from: number; to: number }): Promise<WeekWalk> {
  const walk: WeekWalk = { posts: [], readFound: false, manual: false };
  await walkOwnPosts(index, pageId, { ...slice, toOpen: true }, 'prev', (post) => {
    walk.posts.push(post);
    if (post.source === 'manual') walk.manual = true;
    else walk.readFound = true;
    return !walk.readFound;
  });
  return walk;
}

/**
 * The walks of every week the thesis would count if its weeks end at `end`, below `below` (all
 * posts from there on come in the first reads), asked for with those first reads: when the
 * latest follower sample is where it was guessed, the older weeks cost no round of their own.
 */
function walkWeeksEarly(index: OwnByDate, pageId: PageRecord['id'], span: { from: number }, end: number, below: number): EarlyWeeks {
  const walks = thesisWeeks(end).map(({ start, to }) => {
    const slice = { from: Math.max(start, span.from), to: Math.min(to, below) };
    if (!(slice.from < slice.to)) return NOTHING_WALKED;
    const walk = walkWeek(index, pageId, slice);
    // Left unread when the page needs no older weeks: a failed read is then no one's error.
    walk.catch(() => undefined);
    return walk;
  });
  return { end, walks };
}

/** Week walks asked for ahead, for weeks ending at `end`. */
interface EarlyWeeks {
  end: number;
  /** By week, newest first, as thesisWeeks lists them. */
  walks: Promise<WeekWalk>[];
}

/**
 * In each week the thesis counts that the posts read so far leave open, its newest posts down
 * to one read from the page; a week holding only hand-recorded entries is read whole, with
 * MERGE_REACH_MS either side, for ownStatuses to tell whether any of them counts. The walks
 * asked for `early` stand for the week's own when they were asked for the same weeks: they
 * stopped where the first reads began, and what lies between there and `exactFrom` is in
 * `taken` (in an open week, hand-recorded entries only, counted here).
 */
async function readOlderWeeks(db: Db, page: PageRecord, weeks: Weeks, taken: Map<string, PostRecord>, early: EarlyWeeks | undefined): Promise<void> {
  const held = [...taken.values()];
  const open: { slice: { from: number; to: number }; walk: Promise<WeekWalk> }[] = [];
  const ahead = early?.end === weeks.end ? early.walks : undefined;
  // One transaction for the walks not asked for ahead, opened by the first of them.
  let index: OwnByDate | undefined;
  for (const [k, { start, to }] of thesisWeeks(weeks.end).entries()) {
    if (start < weeks.knownSince) break;
    const slice = { from: Math.max(start, weeks.from), to: Math.min(to, weeks.exactFrom) };
    const posted = held.some((p) => p.source !== 'manual' && p.ownAt! >= start && p.ownAt! < to);
    if (posted || !(slice.from < slice.to)) continue;
    const walk = ahead?.[k] ?? walkWeek((index ??= db.transaction('posts').store.index('byOwnPublished')), page.id, slice);
    open.push({ slice, walk });
  }
  const take = (post: PostRecord) => void taken.set(post.postId, post);
  const manualOnly = await Promise.all(
    open.map(async ({ slice, walk }) => {
      const { posts, readFound, manual } = await walk;
      posts.forEach(take);
      const manualHeld = () => held.some((p) => p.source === 'manual' && p.ownAt! >= slice.from && p.ownAt! < slice.to);
      return !readFound && (manual || manualHeld()) ? slice : undefined;
    }),
  );
  if (!manualOnly.some(Boolean)) return;
  // A transaction of its own: the one the walks ran in may have ended with them.
  const around = db.transaction('posts').store.index('byOwnPublished');
  await Promise.all(
    manualOnly.map(async (slice) => {
      if (!slice) return;
      const range = IDBKeyRange.bound([page.id, Math.max(weeks.from, slice.from - MERGE_REACH_MS)], [page.id, Math.min(weeks.now, slice.to + MERGE_REACH_MS)]);
      for (const post of await around.getAll(range)) take(post);
    }),
  );
}
