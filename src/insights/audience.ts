import type { FollowerSample, PageId, PostRecord } from '../store/db';
import { DAY_MS } from './day';

export const DELTA_DAYS = [7, 30] as const;
export type DeltaDays = (typeof DELTA_DAYS)[number];

export interface FollowerDelta {
  days: DeltaDays;
  /** The newest count minus the count `days` earlier; absent when the series does not reach back. */
  change?: number;
  /** The sample the change is counted from (close to, never after, the start of the period). */
  fromAt?: number;
  /** The newest sample, where the period ends: the last visit, which may be before today. */
  toAt?: number;
  /** Both counts were shown exactly (not "12K"). */
  exact?: boolean;
}

/** Samples of one page, oldest first, none after `now`, no odd counts. */
export function seriesOf(pageId: PageId, samples: readonly FollowerSample[], now: number): FollowerSample[] {
  return samples
    .filter((s) => s.pageId === pageId && s.at <= now && Number.isFinite(s.at) && Number.isFinite(s.count) && s.count >= 0)
    .sort((a, b) => a.at - b.at);
}

/**
 * How far before a period's start the first sample may be and still stand for the start:
 * a day for a week, about four days for a month.
 */
function startSlackMs(days: number): number {
  return Math.max(1, days / 7) * DAY_MS;
}

/**
 * Follower change over 7 and 30 days up to the newest sample (the last visit: no count is
 * known after it). A period is counted from the newest sample at or before its start, and only
 * if that sample is close to the start: a series that begins after the start, or jumps over it
 * by more than the slack, gives no number (unknown) rather than a guess.
 */
export function followerDeltas(series: readonly FollowerSample[]): FollowerDelta[] {
  const latest = series.at(-1);
  return DELTA_DAYS.map((days) => {
    if (!latest) return { days };
    const start = latest.at - days * DAY_MS;
    const from = series.findLast((s) => s.at <= start);
    if (!from || start - from.at > startSlackMs(days)) return { days };
    return { days, change: latest.count - from.count, fromAt: from.at, toAt: latest.at, exact: from.exact && latest.exact };
  });
}

/** 100, 250, 500, 1,000, 2,500, 5,000, 10,000 …: round numbers worth celebrating. */
function* milestones(): Generator<number> {
  for (let scale = 100; scale < Number.MAX_SAFE_INTEGER; scale *= 10) {
    yield scale;
    yield scale * 2.5;
    yield scale * 5;
  }
}

export interface Milestone {
  target: number;
  remaining: number;
}

/** The next `n` milestones above `count`. */
export function nextMilestones(count: number, n = 3): Milestone[] {
  const ahead: Milestone[] = [];
  if (!Number.isFinite(count)) return ahead;
  for (const target of milestones()) {
    if (ahead.length >= n) break;
    if (target > count) ahead.push({ target, remaining: target - count });
  }
  return ahead;
}

/** The highest milestone the series crossed upward since `since`, if any. */
export function milestoneCrossed(series: readonly FollowerSample[], since: number): number | undefined {
  const before = series.findLast((s) => s.at < since) ?? series.find((s) => s.at >= since);
  const latest = series.at(-1);
  if (!before || !latest) return undefined;
  let crossed: number | undefined;
  for (const target of milestones()) {
    if (target > latest.count) break;
    if (target > before.count) crossed = target;
  }
  return crossed;
}

export const THESIS_WEEKS = 26;
/** Fewer weeks than this on either side and the comparison says nothing. */
export const THESIS_MIN_WEEKS = 2;

export interface WeekGroup {
  weeks: number;
  /** Mean followers gained per week (may be negative). */
  meanGain: number;
}

export type Thesis =
  | { known: true; withPosts: WeekGroup; withoutPosts: WeekGroup }
  | { known: false; weeksWithPosts: number; weeksWithoutPosts: number };

export interface WeekGain {
  /** The week is [start, start + 7 days). */
  start: number;
  /** Followers gained, scaled to exactly seven days. */
  gain: number;
  /** The page published an own status that week. */
  posted: boolean;
}

/**
 * Followers gained in each of the last THESIS_WEEKS 7-day weeks ending at `now`, newest first.
 * A week counts when exact samples lie within a day of both its ends (the nearest are taken and
 * the gain is scaled to seven days) and the statuses known reach back to its start: before the
 * oldest status seen, a week "without posts" may only be a week not seen.
 */
export function weeklyGains(series: readonly FollowerSample[], statuses: readonly PostRecord[], now: number): WeekGain[] {
  const exact = series.filter((s) => s.exact);
  const dates = statuses.map((p) => p.publishedAt).filter((at): at is number => at !== undefined);
  const knownSince = Math.min(...dates);
  const weeks: WeekGain[] = [];
  for (let k = 0; k < THESIS_WEEKS; k++) {
    const end = now - k * 7 * DAY_MS;
    const start = end - 7 * DAY_MS;
    if (start < knownSince) break;
    const first = nearestSample(exact, start);
    const last = nearestSample(exact, end);
    if (!first || !last || last.at <= first.at) continue;
    const gain = ((last.count - first.count) * 7 * DAY_MS) / (last.at - first.at);
    weeks.push({ start, gain, posted: dates.some((at) => at >= start && at < end) });
  }
  return weeks;
}

/** The sample closest to `at`, if one lies within a day of it. */
function nearestSample(series: readonly FollowerSample[], at: number): FollowerSample | undefined {
  let nearest: FollowerSample | undefined;
  for (const s of series) {
    const distance = Math.abs(s.at - at);
    if (distance <= DAY_MS && (!nearest || distance < Math.abs(nearest.at - at))) nearest = s;
  }
  return nearest;
}

/**
 * The essay's claim measured on the page's own numbers: followers gained per week in weeks
 * with an own status versus weeks without; unknown with fewer than THESIS_MIN_WEEKS a side.
 */
export function thesisOf(series: readonly FollowerSample[], statuses: readonly PostRecord[], now: number): Thesis {
  const weeks = weeklyGains(series, statuses, now);
  const withPosts = weeks.filter((w) => w.posted).map((w) => w.gain);
  const withoutPosts = weeks.filter((w) => !w.posted).map((w) => w.gain);
  if (withPosts.length < THESIS_MIN_WEEKS || withoutPosts.length < THESIS_MIN_WEEKS) {
    return { known: false, weeksWithPosts: withPosts.length, weeksWithoutPosts: withoutPosts.length };
  }
  return { known: true, withPosts: group(withPosts), withoutPosts: group(withoutPosts) };
}

function group(gains: readonly number[]): WeekGroup {
  return { weeks: gains.length, meanGain: gains.reduce((a, b) => a + b, 0) / gains.length };
}
