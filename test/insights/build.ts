// Record builders for insights tests: fixed dates, only the fields a test cares about.
import type { FollowerSample, PageRecord, PostRecord } from '../../src/store/db';
import type { PostKind, SiteId } from '../../src/sites/types';

export const DAY = 24 * 60 * 60 * 1000;
export const HOUR = 60 * 60 * 1000;
/** Thursday 2026-11-26 12:00 UTC. */
export const NOW = Date.UTC(2026, 10, 26, 12);

export function page(site: SiteId = 'facebook', extra: Partial<PageRecord> = {}): PageRecord {
  return { id: `${site}:bakery`, site, handle: 'bakery', url: `https://example.test/${site}/bakery`, role: 'mine', trackedAt: NOW - 2 * DAY, ...extra };
}

let serial = 0;
export function post(pageRecord: PageRecord, publishedAt: number | undefined, extra: Partial<PostRecord> = {}): PostRecord {
  serial++;
  return {
    pageId: pageRecord.id,
    postId: `p${serial}`,
    publishedAt,
    precision: 'minute',
    firstSeenAt: NOW - DAY,
    lastSeenAt: NOW - DAY,
    source: 'read',
    ...extra,
  };
}

/** One sample a day from `fromDaysAgo` to today, counts given by `countAt(daysAgo)`. */
export function dailySamples(pageRecord: PageRecord, fromDaysAgo: number, countAt: (daysAgo: number) => number): FollowerSample[] {
  const samples: FollowerSample[] = [];
  for (let d = fromDaysAgo; d >= 0; d--) {
    const count = countAt(d);
    samples.push({ pageId: pageRecord.id, at: NOW - d * DAY, count, exact: true, shown: String(count) });
  }
  return samples;
}

/**
 * Eight weeks of a page that posts in weeks 0, 2, 4 and 6 (week k ends k weeks before NOW) and
 * gains `dailyGain` followers a day in those weeks only; its oldest status lies in week 7.
 */
export function alternatingWeeks(pageRecord: PageRecord, dailyGain: number): { posts: PostRecord[]; followers: FollowerSample[] } {
  const postedWeeks = [0, 2, 4, 6];
  const posts = [...postedWeeks.map((k) => post(pageRecord, NOW - k * 7 * DAY - 3 * DAY)), post(pageRecord, NOW - 56 * DAY + HOUR)];
  const counts: number[] = [];
  for (let d = 60, c = 1000; d >= 0; d--) counts[d] = c += postedWeeks.includes(Math.floor(d / 7)) ? dailyGain : 0;
  return { posts, followers: dailySamples(pageRecord, 60, (d) => counts[d]!) };
}

/** Posts one day apart, the newest `newestDaysAgo` days ago, each shaped by `shape(i)`. */
export function timeline(on: PageRecord, count: number, shape: (i: number) => Partial<PostRecord>, newestDaysAgo = 1): PostRecord[] {
  return Array.from({ length: count }, (_, i) => post(on, NOW - (newestDaysAgo + i) * DAY, shape(i)));
}

export function followerCount(on: PageRecord, at: number, count: number): FollowerSample {
  return { pageId: on.id, at, count, exact: true, shown: String(count) };
}

/** Cycles through the given kinds by post index. */
export function kinds(...cycle: PostKind[]): (i: number) => PostKind {
  return (i) => cycle[i % cycle.length]!;
}
