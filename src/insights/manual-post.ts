import type { DatePrecision } from '../sites/types';
import type { PageId, PostRecord } from '../store/db';
import { HOUR_MS, MINUTE_MS } from './day';

/**
 * Ids of hand-recorded statuses. Read ids come from the sites (digits, `pfbid…`, URLs' last
 * segments) and never contain a colon-prefixed word like this one; the ingest should still
 * drop an observed id that starts with it, so a page can never forge one.
 */
export const MANUAL_ID_PREFIX = 'manual:';

/** A clock reading this far ahead of `now` is a slip of the date picker, not a post. */
const FUTURE_SLACK_MS = HOUR_MS;

export function isManualPostId(postId: string): boolean {
  return postId.startsWith(MANUAL_ID_PREFIX);
}

/**
 * The record for "I just posted" (`at` = now) or "I posted on …" (a date from a picker,
 * `precision` 'day'). The id is the minute of `at`, so a double click stores one entry.
 * It is a record of its own, never merged into a read post: a read date is never
 * overwritten by a hand-made one (see `ownStatuses` in cadence.ts for how both are counted).
 * Null for a date that is not a finite time or lies in the future.
 */
export function manualPost(
  pageId: PageId,
  at: number,
  now: number,
  precision: Extract<DatePrecision, 'minute' | 'day'> = 'minute',
): PostRecord | null {
  if (!Number.isFinite(at) || !Number.isFinite(now) || at > now + FUTURE_SLACK_MS) return null;
  const minute = Math.floor(at / MINUTE_MS) * MINUTE_MS;
  return {
    pageId,
    postId: `${MANUAL_ID_PREFIX}${minute}`,
    publishedAt: minute,
    precision,
    firstSeenAt: now,
    lastSeenAt: now,
    source: 'manual',
  };
}
