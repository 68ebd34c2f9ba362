import type { FollowerSample, PostRecord } from '../store/db';
import { DAY_MS } from './day';

/**
 * The essay's claim measured on the page's own numbers: followers gained per week in weeks with
 * an own post against weeks without, over the last THESIS_WEEKS weeks.
 */
export const THESIS_WEEKS = 26;
/** Fewer weeks than this on either side and the comparison says nothing. */
export const THESIS_MIN_WEEKS = 2;
/**
 * Two visits at most this far apart bracket a point between them (the count there is read on
 * the straight line between them); farther apart, what happened in between is a guess.
 */
export const BRACKET_MAX_DAYS = 7;
export const WEEK_MS = 7 * DAY_MS;

export interface CountEstimate {
  count: number;
  /** How far the true count may be from `count`: half the rounding of a "10.4K" (0 when exact). */
  margin: number;
}

/**
 * The rounding a shown count may hide: "10.4K" (10,400) is somewhere in 10,350–10,450. Taken from
 * the count's trailing zeros, at most two digits below its first one, which overstates the
 * rounding of an exact round count shown compactly ("10K") rather than understating it.
 */
export function roundingMargin(sample: Pick<FollowerSample, 'count' | 'exact'>): number {
  if (sample.exact || sample.count < 100) return 0;
  const digits = Math.floor(Math.log10(sample.count)) + 1;
  let unit = 1;
  while (unit < 10 ** (digits - 2) && sample.count % (unit * 10) === 0) unit *= 10;
  return unit / 2;
}

/**
 * The follower count at `at`: a sample taken then, or the straight line between the visits just
 * before and just after it when they lie at most BRACKET_MAX_DAYS apart; undefined otherwise.
 * `series` is oldest first.
 */
export function countAt(series: readonly FollowerSample[], at: number): CountEstimate | undefined {
  const afterIndex = series.findIndex((s) => s.at >= at);
  if (afterIndex < 0) return undefined;
  const after = series[afterIndex]!;
  if (after.at === at) return { count: after.count, margin: roundingMargin(after) };
  const before = series[afterIndex - 1];
  if (!before || after.at - before.at > BRACKET_MAX_DAYS * DAY_MS) return undefined;
  const share = (at - before.at) / (after.at - before.at);
  return {
    count: before.count + (after.count - before.count) * share,
    margin: Math.max(roundingMargin(before), roundingMargin(after)),
  };
}

export interface WeekGain {
  /** The week is [start, start + 7 days). */
  start: number;
  /** Followers gained over the week. */
  gain: number;
  /** How far the true gain may be from `gain`, from the rounding of the counts at both ends. */
  margin: number;
  /** The page published an own post that week. */
  posted: boolean;
}

/**
 * Followers gained in each of the last THESIS_WEEKS weeks, newest first. Weeks end at the last
 * visit (no count is known after it). A week counts when both its ends can be bracketed by
 * visits (countAt), and when the posts known reach back to its start: before the oldest post
 * seen, a week "without posts" may only be a week not seen.
 */
export function weeklyGains(series: readonly FollowerSample[], statuses: readonly PostRecord[]): WeekGain[] {
  const latest = series.at(-1);
  const dates = statuses.map((p) => p.publishedAt).filter((at): at is number => at !== undefined);
  if (!latest || dates.length === 0) return [];
  const knownSince = Math.min(...dates);
  const weeks: WeekGain[] = [];
  for (let k = 0; k < THESIS_WEEKS; k++) {
    const end = latest.at - k * WEEK_MS;
    const start = end - WEEK_MS;
    if (start < knownSince) break;
    const first = countAt(series, start);
    const last = countAt(series, end);
    if (!first || !last) continue;
    weeks.push({
      start,
      gain: last.count - first.count,
      margin: first.margin + last.margin,
      posted: dates.some((at) => at >= start && at < end),
    });
  }
  return weeks;
}

export interface WeekGroup {
  weeks: number;
  /** Mean followers gained per week (may be negative). */
  meanGain: number;
  /** How far the mean may be off from the rounding of the counts (0 when all were exact). */
  margin: number;
}

/**
 * - posts-gain-more / silence-gains-more: the difference is larger than the rounding can explain;
 * - unclear: the rounded counts cannot tell the two groups apart.
 */
export type ThesisVerdict = 'posts-gain-more' | 'silence-gains-more' | 'unclear';

export type Thesis =
  | { known: true; withPosts: WeekGroup; withoutPosts: WeekGroup; verdict: ThesisVerdict; weeks: WeekGain[] }
  | {
      known: false;
      weeksWithPosts: number;
      weeksWithoutPosts: number;
      /** No follower count stored at all, or no own post with a date: nothing to compare. */
      noFollowers?: true;
      noPosts?: true;
      /** Weeks inside the known span whose ends no two close visits bracket (visits too sparse). */
      unbracketed?: number;
    };

/** Weeks with posts vs weeks without, or what is missing before they can be compared. */
export function thesisOf(series: readonly FollowerSample[], statuses: readonly PostRecord[]): Thesis {
  const weeks = weeklyGains(series, statuses);
  const withPosts = weeks.filter((w) => w.posted);
  const withoutPosts = weeks.filter((w) => !w.posted);
  if (withPosts.length < THESIS_MIN_WEEKS || withoutPosts.length < THESIS_MIN_WEEKS) {
    const dated = statuses.some((p) => p.publishedAt !== undefined);
    const unbracketed = unbracketedWeeks(series, statuses) - weeks.length;
    return {
      known: false,
      weeksWithPosts: withPosts.length,
      weeksWithoutPosts: withoutPosts.length,
      ...(series.length === 0 && { noFollowers: true as const }),
      ...(!dated && { noPosts: true as const }),
      ...(unbracketed > 0 && { unbracketed }),
    };
  }
  const [posted, silent] = [group(withPosts), group(withoutPosts)];
  const difference = posted.meanGain - silent.meanGain;
  const verdict: ThesisVerdict =
    Math.abs(difference) <= posted.margin + silent.margin || difference === 0 ? 'unclear' : difference > 0 ? 'posts-gain-more' : 'silence-gains-more';
  return { known: true, withPosts: posted, withoutPosts: silent, verdict, weeks };
}

/** How many weeks the known span holds (from the oldest post to the last visit, at most THESIS_WEEKS). */
function unbracketedWeeks(series: readonly FollowerSample[], statuses: readonly PostRecord[]): number {
  const latest = series.at(-1);
  const dates = statuses.map((p) => p.publishedAt).filter((at): at is number => at !== undefined);
  if (!latest || dates.length === 0) return 0;
  return Math.max(0, Math.min(THESIS_WEEKS, Math.floor((latest.at - Math.min(...dates)) / WEEK_MS)));
}

function group(weeks: readonly WeekGain[]): WeekGroup {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return { weeks: weeks.length, meanGain: mean(weeks.map((w) => w.gain)), margin: mean(weeks.map((w) => w.margin)) };
}
