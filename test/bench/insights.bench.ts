// How long the popup waits for a page's insights: nudges (which run cadence and audience too)
// over a large history, measured against cadence alone on the same data.
import { cadenceOf } from '../../src/insights/cadence';
import { pickNudges } from '../../src/insights/nudges';
import type { FollowerSample, IdeaRecord, PageRecord, PostRecord } from '../../src/store/db';
import { medianMs, report } from './report';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 26, 12);
const page: PageRecord = { id: 'facebook:bakery', site: 'facebook', handle: 'bakery', url: 'https://www.facebook.com/bakery', role: 'mine', trackedAt: NOW - 400 * DAY };
const KINDS = ['photo', 'video', 'text', 'link'] as const;

// Two years of a page posting about twice a day, a daily follower sample, a few idea records.
const posts: PostRecord[] = Array.from({ length: 1500 }, (_, i) => ({
  pageId: page.id,
  postId: String(1e15 + i),
  publishedAt: NOW - i * 11 * 60 * 60 * 1000,
  precision: 'minute',
  kind: KINDS[i % KINDS.length],
  text: i % 5 ? 'Fresh bread today.' : 'Sourdough or rye?',
  reactions: 20 + (i % 13),
  comments: i % 7,
  firstSeenAt: NOW,
  lastSeenAt: NOW,
  source: 'read',
}));
const followers: FollowerSample[] = Array.from({ length: 730 }, (_, d) => ({
  pageId: page.id,
  at: NOW - d * DAY,
  count: 5000 - d * 2,
  exact: true,
  shown: String(5000 - d * 2),
}));
const ideaHistory: IdeaRecord[] = ['poll_favourite', 'tip_quick', 'quiz_poll'].map((ideaId, i) => ({ pageId: page.id, ideaId, state: 'shown', at: NOW - (i + 1) * DAY }));

const nudges = await medianMs(() => pickNudges({ page, posts, followers, ideaHistory, now: NOW }), 21);
const cadence = await medianMs(() => cadenceOf(page, posts, NOW), 21);
report('insights.pickNudges.1500posts', nudges, 'ms');
report('insights.cadenceOf.1500posts', cadence, 'ms');
report('insights.pickNudges_vs_cadenceOf.ratio', nudges / cadence, 'x');

// Rotation over 90 days for a page with no data, the UI recording each day's nudges as shown:
// how many ideas come up, and how often the most and least frequent (non-seasonal) ones do.
const shown: IdeaRecord[] = [];
const picks = new Map<string, number>();
for (let d = 0; d < 90; d++) {
  const now = NOW + d * DAY;
  for (const { ideaId } of pickNudges({ page, posts: [], followers: [], ideaHistory: shown, now })) {
    shown.push({ pageId: page.id, ideaId, state: 'shown', at: now });
    if (!ideaId.startsWith('season_')) picks.set(ideaId, (picks.get(ideaId) ?? 0) + 1);
  }
}
report('insights.rotation90d.distinctIdeas', picks.size, 'ideas');
report('insights.rotation90d.mostPicked', Math.max(...picks.values()), 'days');
report('insights.rotation90d.leastPicked', Math.min(...picks.values()), 'days');
