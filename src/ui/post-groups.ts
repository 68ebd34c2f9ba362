import { DAY_MS } from '../insights/day';
import type { ChartPost } from '../insights/chart-posts';

export interface PostGroup {
  unit: 'day' | 'week';
  /** Local midnight the group starts at (a Monday for a week). */
  start: number;
  /** Newest first. */
  posts: ChartPost[];
}

/** A window up to this long groups posts per day; a longer one per week. */
const DAY_GROUPS_UP_TO = 31 * DAY_MS;

/**
 * Posts in the chart's window gathered per day or per week, in the admin's own calendar: 76
 * posts in a quarter drew a solid band of dots, 13 weeks read at a glance.
 */
export function groupPosts(posts: readonly ChartPost[], from: number, to: number): PostGroup[] {
  const unit = to - from <= DAY_GROUPS_UP_TO ? 'day' : 'week';
  const groups = new Map<number, PostGroup>();
  for (const post of posts) {
    if (post.at < from || post.at > to) continue;
    const start = startOf(post.at, unit);
    const group = groups.get(start) ?? { unit, start, posts: [] };
    group.posts.push(post);
    groups.set(start, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.start - b.start)
    .map((g) => ({ ...g, posts: g.posts.sort((a, b) => b.at - a.at) }));
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
