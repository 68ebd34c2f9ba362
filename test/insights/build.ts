// Record builders for insights tests: fixed dates, only the fields a test cares about.
import type { FollowerSample, PageRecord, PostRecord } from '../../src/store/db';
import type { SiteId } from '../../src/sites/types';

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
