import type { DatePrecision, SiteId } from '../sites/types';
import type { PageRecord, PostRecord } from '../store/db';
import { isGoalDays } from '../store/goal';
import { DAY_MS, HOUR_MS } from './day';
import { median } from './median';

/** Days between statuses a page should not exceed, by platform, until the admin sets a goal. */
export const DEFAULT_GOAL_DAYS: Record<SiteId, number> = {
  facebook: 3,
  x: 1,
  instagram: 3,
  linkedin: 4,
  youtube: 7,
  mastodon: 2,
  bluesky: 2,
};

/** "Due soon" starts when this share of the goal has passed (3 days → due soon after 54 h). */
export const DUE_SOON_SHARE = 0.75;

/** The rhythm is the median gap between this many most recent own statuses. */
export const RHYTHM_POSTS = 11;

/** What the cadence weighs of a post: whose, a repost or not, when, how precisely, read or recorded by hand. */
export type StatusPost = Pick<PostRecord, 'pageId' | 'repost' | 'publishedAt' | 'precision' | 'source'>;

export type CadenceState = 'on-track' | 'due-soon' | 'overdue' | 'unknown';

export interface Cadence {
  /** Date of the page's newest own status (read or recorded by hand). */
  lastOwnAt?: number;
  lastPrecision?: DatePrecision;
  lastSource?: PostRecord['source'];
  /** Time since that status; 0 when the status is dated ahead of `now` (a skewed clock). */
  sinceMs?: number;
  /** The date was read vaguely ("3 d"): say "about 3 days", not "3 days". */
  approximate?: boolean;
  /** Median gap between recent own statuses; absent with fewer than three of them. */
  medianGapMs?: number;
  goalDays: number;
  state: CadenceState;
  /** When the state turns due-soon and overdue: what reminders schedule on. */
  dueSoonAt?: number;
  overdueAt?: number;
}

/** The admin's goal when it is one options could have set (the worker's rule), else the site's default. */
export function goalDaysOf(page: PageRecord): number {
  return isGoalDays(page.goalDays) ? page.goalDays : DEFAULT_GOAL_DAYS[page.site] ?? 3;
}

/** A date known only to the day or coarser, so a duration from it is "about". */
export function isApproximate(precision: DatePrecision | undefined): boolean {
  return precision === undefined || precision === 'day' || precision === 'month' || precision === 'year';
}

/**
 * How far off a read date may be: a "3 h" is somewhere within an hour, a "3 d" within a day.
 * Month and year dates are too vague to pair with anything (undefined).
 */
export function uncertaintyMs(precision: DatePrecision | undefined): number | undefined {
  switch (precision) {
    case 'second':
    case 'minute':
      return 0;
    case 'hour':
      return HOUR_MS;
    case 'day':
      return DAY_MS;
    default:
      return undefined;
  }
}

/** A hand-recorded status this close to a read one (plus the read date's vagueness) is the same status. */
const SAME_STATUS_WINDOW_MS = 12 * HOUR_MS;
/** Two hand-recorded statuses this close are one status recorded twice. */
const MANUAL_REPEAT_MS = HOUR_MS;
/**
 * How far from a hand-recorded entry the statuses that decide whether it counts may lie (the
 * window widened by the vaguest date that still pairs, a day): whoever reads a slice of a history
 * reads this much around each such entry, and ownStatuses then judges it as over the whole history.
 */
export const MERGE_REACH_MS = SAME_STATUS_WINDOW_MS + DAY_MS;

/**
 * The page's own dated statuses, newest first: reposts and undated posts left out, and
 * hand-recorded entries merged with what was read. The rule: a read date always wins. A manual
 * entry within SAME_STATUS_WINDOW_MS (widened by the read date's uncertainty) of a read own
 * status is that status, recorded by hand before the page showed it, and is dropped; so is a
 * manual entry within an hour of a newer manual one. A manual entry far from any read status
 * counts as a status of its own. Posts from before the page was tracked count like any other:
 * history starts with what the timeline showed on the first visit.
 */
export function ownStatuses<P extends StatusPost>(page: Pick<PageRecord, 'id'>, posts: readonly P[]): P[] {
  const dated = posts
    .filter((p) => p.pageId === page.id && !p.repost && p.publishedAt !== undefined && Number.isFinite(p.publishedAt))
    .sort((a, b) => b.publishedAt! - a.publishedAt!);
  const read = dated.filter((p) => p.source !== 'manual');
  const kept: P[] = [];
  let newerManual: number | undefined;
  for (const post of dated) {
    if (post.source === 'manual') {
      const at = post.publishedAt!;
      const sameAsRead = read.some((r) => {
        const slack = uncertaintyMs(r.precision);
        return slack !== undefined && Math.abs(r.publishedAt! - at) <= SAME_STATUS_WINDOW_MS + slack;
      });
      const repeated = newerManual !== undefined && newerManual - at <= MANUAL_REPEAT_MS;
      if (!repeated) newerManual = at;
      if (sameAsRead || repeated) continue;
    }
    kept.push(post);
  }
  return kept;
}

/** Gaps between statuses dated at least to the day: a "March 2024" says nothing about rhythm. */
function medianGap(statuses: readonly StatusPost[]): number | undefined {
  const dates = statuses
    .filter((p) => uncertaintyMs(p.precision) !== undefined)
    .slice(0, RHYTHM_POSTS)
    .map((p) => p.publishedAt!);
  if (dates.length < 3) return undefined;
  return median(dates.slice(1).map((at, i) => dates[i]! - at));
}

/** The learned rhythm in whole days ("you usually post every 4 days"); undefined under three dated posts. */
export function usualDays(cadence: Pick<Cadence, 'medianGapMs'>): number | undefined {
  return cadence.medianGapMs === undefined ? undefined : Math.max(1, Math.round(cadence.medianGapMs / DAY_MS));
}

/**
 * How the page keeps its rhythm: the one definition of on-track / due-soon / overdue, shared by
 * the popup, the overlay, the badge and reminders. Overdue: the goal has passed since the last own
 * status. Due soon: DUE_SOON_SHARE of it has. Unknown: no own status with a date.
 */
export function cadenceOf(page: PageRecord, posts: readonly StatusPost[], now: number): Cadence {
  const goalDays = goalDaysOf(page);
  const statuses = ownStatuses(page, posts);
  const medianGapMs = medianGap(statuses);
  const last = statuses[0];
  if (!last) return { goalDays, state: 'unknown', medianGapMs };
  const lastOwnAt = last.publishedAt!;
  const sinceMs = Math.max(0, now - lastOwnAt);
  const goalMs = goalDays * DAY_MS;
  const dueSoonAt = lastOwnAt + goalMs * DUE_SOON_SHARE;
  const overdueAt = lastOwnAt + goalMs;
  const state: CadenceState = now >= overdueAt ? 'overdue' : now >= dueSoonAt ? 'due-soon' : 'on-track';
  return {
    lastOwnAt,
    lastPrecision: last.precision,
    lastSource: last.source,
    sinceMs,
    approximate: isApproximate(last.precision),
    medianGapMs,
    goalDays,
    state,
    dueSoonAt,
    overdueAt,
  };
}
