import type { PostRecord } from '../store/db';
import { engagementOf, medianEngagement, relativeEngagement } from './engagement';

/** Below this many posts dated to the minute, no best time is claimed. */
export const BEST_TIME_MIN_POSTS = 10;
/** A weekday or an hour is named best only from this many posts in it: never a claim from 2. */
export const SLOT_MIN_POSTS = 3;
/** …and only when its posts do at least this much better than the median: 1.1× is noise. */
export const SLOT_MIN_RELATIVE = 1.25;

export interface SlotStat {
  posts: number;
  /** Mean engagement of the slot's posts as a multiple of the page's median. */
  relative: number;
}

/** One weekday × hour cell; weekday 0 is Monday, hour 0–23, both in the admin's time zone. */
export interface TimeCell extends SlotStat {
  weekday: number;
  hour: number;
}

export type BestTime =
  | { known: false; dated: number; needed: number; noEngagement?: true }
  | {
      known: true;
      posts: number;
      cells: TimeCell[];
      /** The best weekday and hour, where one stands above the median with enough posts. */
      bestWeekday?: SlotStat & { weekday: number };
      bestHour?: SlotStat & { hour: number };
    };

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Weekday (0 Monday) and hour of an instant as a clock in `timeZone` shows it. */
export function weekdayHour(at: number, timeZone: string): { weekday: number; hour: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: WEEKDAYS.indexOf(part('weekday')), hour: Number(part('hour')) % 24 };
}

/**
 * When the page's own posts do best: weekday × hour of each post dated to the minute, against its
 * engagement relative to the page's median. Needs BEST_TIME_MIN_POSTS such posts with their counts.
 */
export function bestTime(statuses: readonly PostRecord[], timeZone: string): BestTime {
  const dated = statuses.filter(
    (p) => p.source === 'read' && !p.repost && p.publishedAt !== undefined && (p.precision === 'minute' || p.precision === 'second') && engagementOf(p) !== undefined,
  );
  if (dated.length < BEST_TIME_MIN_POSTS) return { known: false, dated: dated.length, needed: BEST_TIME_MIN_POSTS - dated.length };
  const pageMedian = medianEngagement(dated);
  if (!pageMedian) return { known: false, dated: dated.length, needed: 0, noEngagement: true };

  const placed = dated.map((p) => ({ ...weekdayHour(p.publishedAt!, timeZone), relative: relativeEngagement(p, pageMedian)! }));
  const cells = [...groupBy(placed, (p) => `${p.weekday}|${p.hour}`).values()].map((group) => ({
    weekday: group[0]!.weekday,
    hour: group[0]!.hour,
    ...stat(group),
  })).sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);
  const best = <K extends 'weekday' | 'hour'>(key: K) => {
    const slots = [...groupBy(placed, (p) => String(p[key])).values()]
      .filter((group) => group.length >= SLOT_MIN_POSTS)
      .map((group) => ({ ...stat(group), [key]: group[0]![key] }) as SlotStat & Record<K, number>)
      .filter((slot) => slot.relative >= SLOT_MIN_RELATIVE)
      .sort((a, b) => b.relative - a.relative);
    return slots[0];
  };
  const bestWeekday = best('weekday');
  const bestHour = best('hour');
  return { known: true, posts: dated.length, cells, ...(bestWeekday && { bestWeekday }), ...(bestHour && { bestHour }) };
}

function stat(group: readonly { relative: number }[]): SlotStat {
  return { posts: group.length, relative: group.reduce((sum, p) => sum + p.relative, 0) / group.length };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}
