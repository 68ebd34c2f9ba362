import type { PageDetail, PageListItem } from '../../src/messages';
import type { PageRecord } from '../../src/store/db';
import { groupPosts } from '../../src/insights/post-groups';

export const NOW = Date.UTC(2026, 10, 26, 12);
const DAY = 86_400_000;

export const bistro: PageRecord = {
  id: 'facebook:le.bistro',
  site: 'facebook',
  handle: 'le.bistro',
  name: 'Le Bistro',
  url: 'https://www.facebook.com/le.bistro',
  role: 'mine',
  trackedAt: NOW - 200 * DAY,
};

export function listItem(overrides: Partial<PageListItem['cadence']> = {}, page: Partial<PageRecord> = {}): PageListItem {
  return {
    page: { ...bistro, ...page },
    latestFollowers: { pageId: bistro.id, at: NOW - DAY, count: 1240, exact: true, shown: '1,2 K' },
    cadence: { goalDays: 3, state: 'overdue', lastOwnAt: NOW - 6 * DAY, sinceMs: 6 * DAY, lastPrecision: 'minute', approximate: false, ...overrides },
  };
}

export function detailOf(item: PageListItem): PageDetail {
  const from = NOW - 90 * DAY;
  return {
    page: item.page,
    cadence: item.cadence,
    from,
    to: NOW,
    followers: Array.from({ length: 10 }, (_, i) => ({ at: from + i * 10 * DAY, count: 1150 + i * 10 })),
    latestFollowers: { pageId: bistro.id, at: from + 90 * DAY, count: 1240, exact: true, shown: '' },
    deltas: [{ days: 7, change: 12 }, { days: 30, change: -4 }],
    postGroups: groupPosts([{ at: NOW - 20 * DAY, kind: 'photo', reactions: 4 }, { at: NOW - 6 * DAY, text: 'Menu du jour : blanquette', kind: 'text', reactions: 12 }], from, NOW),
    recentPosts: [
      { pageId: bistro.id, postId: '1', publishedAt: NOW - 6 * DAY, text: 'Menu du jour : blanquette', firstSeenAt: NOW, lastSeenAt: NOW, source: 'read' },
    ],
    nudges: [
      { ideaId: 'exclusive_first_look', reason: { key: 'reason_followers_waiting', values: { followers: 1240, days: 6 } } },
      { ideaId: 'exclusive_code', reason: { key: 'reason_no_poll', values: { days: 41, posts: 25 } } },
      { ideaId: 'exclusive_news_first', reason: { key: 'reason_something_new', values: {} } },
    ],
  };
}
