import { describe, expect, test } from 'vitest';
import { groupPosts, SHOWN_POSTS } from '../../src/insights/post-groups';

const DAY = 86_400_000;
/** A Monday, local noon. */
const monday = new Date(2026, 8, 7, 12).getTime();
const from = monday;
const to = monday + 12 * 7 * DAY;
/** Three posts a day for 12 weeks: 252 posts with their text, as a busy page has. */
const busy = Array.from({ length: 84 * 3 }, (_, i) => ({ at: monday + Math.floor(i / 3) * DAY + (i % 3) * 3_600_000, text: `Post ${i}` }));

describe('groupPosts', () => {
  test('12 weeks give one group a week, each with its count and only its newest posts', () => {
    const groups = groupPosts(busy, from, to);
    expect(groups).toHaveLength(12);
    expect(groups.every((g) => g.unit === 'week' && new Date(g.start).getDay() === 1)).toBe(true);
    expect(groups.map((g) => g.count)).toEqual(Array(12).fill(21));
    expect(groups.every((g) => g.posts.length === SHOWN_POSTS)).toBe(true);
    // Newest first: the week's last posts, which the tooltip lists.
    const lastWeek = groups.at(-1)!;
    expect(lastWeek.posts.map((p) => p.text)).toEqual(['Post 251', 'Post 250', 'Post 249']);
    expect(groups.map((g) => g.start)).toEqual(groups.map((g) => g.start).sort((a, b) => a - b));
  });

  test('a week with fewer posts than a tooltip lists keeps them all', () => {
    const [group] = groupPosts([{ at: monday + DAY }, { at: monday + 2 * DAY }], monday - DAY, monday + 60 * DAY);
    expect(group).toMatchObject({ count: 2, posts: [{ at: monday + 2 * DAY }, { at: monday + DAY }] });
  });

  test('posts outside the window are neither counted nor kept', () => {
    const groups = groupPosts([{ at: from - DAY }, { at: to + DAY }, { at: to - DAY }], from, to);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(1);
  });
});
