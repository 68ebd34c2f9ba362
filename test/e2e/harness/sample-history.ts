import type { FollowerSample, PageRecord, PostRecord } from '../../../src/store/db';
import type { PostKind, SiteId } from '../../../src/sites/types';

export interface History {
  pages: PageRecord[];
  posts: PostRecord[];
  followers: FollowerSample[];
}

const DAY = 86_400_000;
const KINDS: PostKind[] = ['photo', 'text', 'photo', 'link', 'video', 'text', 'photo', 'event'];

/** A small deterministic random source, so every run and screenshot shows the same history. */
export function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

export interface PagePlan {
  site: SiteId;
  handle: string;
  name: string;
  url: string;
  role?: PageRecord['role'];
  /** Days of history before `now`. */
  days: number;
  /** Mean days between posts, and days since the last one. */
  everyDays: number;
  silentDays: number;
  followersFrom: number;
  followersTo: number;
  texts?: string[];
  lastMissing?: string[];
}

/**
 * A page's months of history as the store would hold it: a status every few days (more
 * followers gained in weeks with statuses), a follower sample a day.
 */
export function historyOf(plan: PagePlan, now: number, seed = 1): History {
  const rand = random(seed);
  const id = `${plan.site}:${plan.handle}`;
  const start = now - plan.days * DAY;
  const page: PageRecord = {
    id, site: plan.site, handle: plan.handle, name: plan.name, url: plan.url, role: plan.role ?? 'mine', trackedAt: start,
    ...(plan.lastMissing && { lastMissing: plan.lastMissing }),
  };
  const posts: PostRecord[] = [];
  for (let at = now - plan.silentDays * DAY - 3 * 3_600_000, n = 0; at > start; at -= plan.everyDays * DAY * (0.5 + rand()), n++) {
    const publishedAt = Math.round(at / 60_000) * 60_000;
    posts.push({
      pageId: id, postId: `demo-${plan.handle}-${n}`, url: `${plan.url}/posts/${n}`, publishedAt, ownAt: publishedAt, precision: 'minute',
      text: plan.texts?.[n % plan.texts.length], kind: KINDS[n % KINDS.length], reactions: Math.round(5 + rand() * 40),
      comments: Math.round(rand() * 8), firstSeenAt: publishedAt + DAY, lastSeenAt: now - DAY, source: 'read',
    });
  }
  // Days just after a status gain four times what silent days gain; scaled to end at followersTo.
  const days = Array.from({ length: plan.days }, (_, day) => start + (day + 1) * DAY - 15 * 3_600_000);
  const weights = days.map((at) => (posts.some((p) => p.publishedAt! <= at && at - p.publishedAt! < 3 * DAY) ? 1.6 : 0.4) * (0.6 + rand() * 0.8));
  const scale = (plan.followersTo - plan.followersFrom) / weights.reduce((a, b) => a + b, 0);
  const followers: FollowerSample[] = [];
  let exact = plan.followersFrom;
  days.forEach((at, i) => {
    exact += weights[i]! * scale;
    const count = Math.round(exact);
    followers.push({ pageId: id, at, count, exact: true, shown: String(count) });
  });
  return { pages: [page], posts, followers };
}

export function merge(...parts: History[]): History {
  return { pages: parts.flatMap((p) => p.pages), posts: parts.flatMap((p) => p.posts), followers: parts.flatMap((p) => p.followers) };
}

/** The demo's pages: one of each state a newcomer should see. */
export function demoHistory(now: number): History {
  return merge(
    historyOf({
      site: 'facebook', handle: 'lebistroduport', name: 'Le Bistro du Port', url: 'https://www.facebook.com/lebistroduport',
      days: 150, everyDays: 3, silentDays: 8, followersFrom: 1020, followersTo: 1236,
      texts: ['Menu du jour : blanquette de veau', 'Soirée jazz vendredi !', 'Nouvelle terrasse ouverte', 'Merci pour vos avis'],
    }, now, 7),
    historyOf({
      site: 'instagram', handle: 'atelier.lune', name: 'Atelier Lune', url: 'https://www.instagram.com/atelier.lune',
      days: 120, everyDays: 2, silentDays: 1, followersFrom: 2380, followersTo: 3105,
      texts: ['New ceramics on the shelf', 'Workshop this Saturday', 'Behind the wheel'],
    }, now, 11),
    historyOf({
      site: 'youtube', handle: '@jardinsdemargot', name: 'Les Jardins de Margot', url: 'https://www.youtube.com/@jardinsdemargot',
      role: 'watch', days: 120, everyDays: 7, silentDays: 6, followersFrom: 8400, followersTo: 8210,
      texts: ['Tailler ses rosiers en automne', 'Le potager en lasagnes'],
    }, now, 3),
    historyOf({
      site: 'linkedin', handle: 'menuiserie-roux', name: 'Menuiserie Roux', url: 'https://www.linkedin.com/company/menuiserie-roux',
      days: 90, everyDays: 5, silentDays: 3, followersFrom: 310, followersTo: 342, lastMissing: ['post dates'],
      texts: ['We are hiring an apprentice', 'A staircase in solid oak'],
    }, now, 5),
  );
}
