import type { FollowerSample, PageId } from '../store/db';
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

/** A point of a curve: when, and how many. */
export type CountPoint = Pick<FollowerSample, 'at' | 'count'>;

/** A series as a curve draws it: without what each sample says of itself (its page, how exact, the text shown). */
export function countPoints(samples: readonly FollowerSample[]): CountPoint[] {
  return samples.map(({ at, count }) => ({ at, count }));
}

/**
 * The part of a series a chart from `from` draws: the samples since `from` and the one just
 * before it, which starts the line at the left edge (or the latest one when none is that recent).
 */
export function seriesSince(series: readonly FollowerSample[], from: number): FollowerSample[] {
  const first = series.findIndex((s) => s.at >= from);
  return first < 0 ? series.slice(-1) : series.slice(Math.max(0, first - 1));
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

/** The highest milestone at or below `count` (a page of 1,234 has passed 1,000), if any. */
export function milestoneReached(count: number): number | undefined {
  let reached: number | undefined;
  for (const target of milestones()) {
    if (target > count) break;
    reached = target;
  }
  return reached;
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
