import { DAY_MS } from './day';
import { chartPostsOf, type ChartPost } from './chart-posts';
import type { PostRecord } from '../store/db';

export interface PostGroup {
  unit: 'day' | 'week';
  /** Local midnight the group starts at (a Monday for a week). */
  start: number;
  /** How many posts the day or week holds. */
  count: number;
  /** Its newest posts, newest first, at most SHOWN_POSTS: all its tooltip lists. */
  posts: ChartPost[];
}

/** A window up to this long groups posts per day; a longer one per week. */
const DAY_GROUPS_UP_TO = 31 * DAY_MS;
/**
 * A group keeps only the posts its tooltip lists, the rest counted: the popup's reply carried
 * every post of the quarter with its text (252 on a busy page) to draw 13 markers.
 */
export const SHOWN_POSTS = 3;

/** How a window of `from` to `to` groups its posts: per day up to a month, else per week. */
export function unitOf(from: number, to: number): PostGroup['unit'] {
  return to - from <= DAY_GROUPS_UP_TO ? 'day' : 'week';
}

/**
 * Posts in the chart's window gathered per day or per week, in the admin's own calendar: 76
 * posts in a quarter drew a solid band of dots, 13 weeks read at a glance. The worker groups
 * the popup's posts: it runs in the same browser, so in the same time zone as the popup.
 */
export function groupPosts(posts: readonly ChartPost[], from: number, to: number, unit = unitOf(from, to)): PostGroup[] {
  const groups = new Map<number, { start: number; posts: ChartPost[] }>();
  for (const post of posts) {
    if (post.at < from || post.at > to) continue;
    const start = startOf(post.at, unit);
    const group = groups.get(start) ?? { start, posts: [] };
    group.posts.push(post);
    groups.set(start, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.start - b.start)
    .map(({ start, posts }) => ({ unit, start, count: posts.length, posts: posts.sort((a, b) => b.at - a.at).slice(0, SHOWN_POSTS) }));
}

/** A page's own posts (as the store reads them) as the chart marks them over [from, to]. */
export function chartGroupsOf(posts: readonly PostRecord[], from: number, to: number, unit = unitOf(from, to)): PostGroup[] {
  return groupPosts(chartPostsOf(posts, from), from, to, unit);
}

/** The local midnight of the Monday that starts the week `at` falls in. */
export function weekStart(at: number): number {
  return startOf(at, 'week');
}

/** The start of the week after the one starting at `start` (7 days, give or take a clock change). */
export function weekAfter(start: number): number {
  const next = new Date(start);
  next.setDate(next.getDate() + 7);
  return next.getTime();
}

function startOf(at: number, unit: 'day' | 'week'): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  if (unit === 'week') day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day.getTime();
}

/** Where a group sits on the time axis: the middle of its day or week, inside the window. */
export function groupMiddle(group: PostGroup, from: number, to: number): number {
  const length = group.unit === 'day' ? DAY_MS : 7 * DAY_MS;
  return Math.min(to, Math.max(from, group.start + length / 2));
}
