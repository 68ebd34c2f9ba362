import { describe, expect, it } from 'vitest';
import { latenessDays, orderRows } from '../../src/dashboard/row-order';
import { orderPosts } from '../../src/dashboard/post-order';
import type { DashboardRow } from '../../src/messages';
import type { PostRecord } from '../../src/store/db';
import { DAY, NOW, page, post } from '../insights/build';

function row(handle: string, site: 'x' | 'facebook', role: 'mine' | 'watch', overdueDaysAgo: number | undefined, change?: number): DashboardRow {
  const p = page(site, { id: `${site}:${handle}`, handle, name: handle[0]!.toUpperCase() + handle.slice(1), role });
  return {
    page: p,
    cadence: { goalDays: 3, state: overdueDaysAgo === undefined ? 'unknown' : overdueDaysAgo > 0 ? 'overdue' : 'on-track', ...(overdueDaysAgo !== undefined && { overdueAt: NOW - overdueDaysAgo * DAY }) },
    month: { days: 30, ...(change !== undefined && { change }) },
    trend: [],
  };
}

const rows = [row('bakery', 'facebook', 'mine', 4, 10), row('cafe', 'x', 'watch', -1, 50), row('atelier', 'x', 'mine', undefined), row('dance', 'facebook', 'mine', 9, -5)];

describe('orderRows', () => {
  it('puts the latest own page first, pages never read next, watched pages last however late', () => {
    expect(orderRows(rows, 'lateness', {}, NOW, 'en').map((r) => r.page.handle)).toEqual(['dance', 'bakery', 'atelier', 'cafe']);
    const silentPeer = row('echo', 'x', 'watch', 20);
    expect(orderRows([...rows, silentPeer], 'lateness', {}, NOW, 'en').map((r) => r.page.handle)).toEqual(['dance', 'bakery', 'atelier', 'echo', 'cafe']);
    expect(latenessDays(rows[0]!, NOW)).toBe(4);
    expect(latenessDays(rows[2]!, NOW)).toBeUndefined();
  });
  it('sorts by name in the UI language and by growth, unknown last', () => {
    expect(orderRows(rows, 'name', {}, NOW, 'en').map((r) => r.page.handle)).toEqual(['atelier', 'bakery', 'cafe', 'dance']);
    expect(orderRows(rows, 'growth', {}, NOW, 'en').map((r) => r.page.handle)).toEqual(['cafe', 'bakery', 'dance', 'atelier']);
  });
  it('filters by role and site', () => {
    expect(orderRows(rows, 'name', { role: 'mine' }, NOW, 'en').map((r) => r.page.handle)).toEqual(['atelier', 'bakery', 'dance']);
    expect(orderRows(rows, 'name', { role: 'mine', site: 'x' }, NOW, 'en').map((r) => r.page.handle)).toEqual(['atelier']);
  });
});

describe('orderPosts', () => {
  const on = page('x');
  const posts: PostRecord[] = [
    post(on, NOW - 3 * DAY, { postId: 'a', reactions: 939, comments: 46, shares: 73 }),
    post(on, NOW - 1 * DAY, { postId: 'b' }),
    post(on, NOW - 2 * DAY, { postId: 'c', reactions: 6522, comments: 202, shares: 225 }),
  ];
  it('newest first, or the best first with posts without counts last', () => {
    expect(orderPosts(posts, 'date').map((p) => p.postId)).toEqual(['b', 'c', 'a']);
    expect(orderPosts(posts, 'engagement').map((p) => p.postId)).toEqual(['c', 'a', 'b']);
  });
});
