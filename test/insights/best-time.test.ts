import { describe, expect, it } from 'vitest';
import { BEST_TIME_MIN_POSTS, bestTime, weekdayHour } from '../../src/insights/best-time';
import { engagementOf, medianEngagement, relativeEngagement } from '../../src/insights/engagement';
import { HOUR, NOW, page, post } from './build';

const x = page('x');
/** Monday 2026-11-23 09:00 UTC. */
const MONDAY_9_UTC = Date.UTC(2026, 10, 23, 9);
const WEEK = 7 * 24 * HOUR;

describe('engagement', () => {
  it('adds what the site showed, and is unknown when it showed nothing', () => {
    expect(engagementOf({ reactions: 6522, comments: 202, shares: 225 })).toBe(6949);
    expect(engagementOf({ reactions: 0 })).toBe(0);
    expect(engagementOf({})).toBeUndefined();
    expect(medianEngagement([{ reactions: 1 }, { reactions: 3 }, {}, { reactions: 10 }])).toBe(3);
    expect(relativeEngagement({ reactions: 6 }, 3)).toBe(2);
    expect(relativeEngagement({ reactions: 6 }, 0)).toBeUndefined();
  });
});

describe('weekdayHour', () => {
  it('reads the clock of the admin’s time zone', () => {
    expect(weekdayHour(MONDAY_9_UTC, 'UTC')).toEqual({ weekday: 0, hour: 9 });
    expect(weekdayHour(MONDAY_9_UTC, 'Europe/Paris')).toEqual({ weekday: 0, hour: 10 });
    // 05:00 UTC Monday is still Sunday evening in Los Angeles.
    expect(weekdayHour(MONDAY_9_UTC - 4 * HOUR, 'America/Los_Angeles')).toEqual({ weekday: 6, hour: 21 });
    expect(weekdayHour(Date.UTC(2026, 10, 23, 23, 30), 'Asia/Tokyo')).toEqual({ weekday: 1, hour: 8 });
  });
});

/** `n` posts a week apart at the given hour after Monday 00:00 UTC, with `reactions`. */
function weekly(n: number, hoursAfterMonday: number, reactions: number, extra = {}) {
  return Array.from({ length: n }, (_, i) =>
    post(x, MONDAY_9_UTC - 9 * HOUR + hoursAfterMonday * HOUR - i * WEEK, { reactions, precision: 'minute', ...extra }),
  );
}

describe('bestTime', () => {
  it('says how many more posts dated to the minute it needs', () => {
    expect(bestTime(weekly(9, 9, 10), 'UTC')).toEqual({ known: false, dated: 9, needed: 1 });
    // Posts dated only to the day, hand-recorded or without counts do not count.
    const vague = [...weekly(6, 9, 10), ...weekly(6, 10, 10, { precision: 'day' }), ...weekly(3, 11, 10, { source: 'manual' }), ...weekly(3, 12, undefined as never)];
    expect(bestTime(vague, 'UTC')).toEqual({ known: false, dated: 6, needed: BEST_TIME_MIN_POSTS - 6 });
  });

  it('names the weekday and hour that beat the median, in the admin’s time zone', () => {
    // Tuesday 18:00 UTC posts do 3× the Monday 9:00 ones.
    const posts = [...weekly(8, 9, 100), ...weekly(4, 24 + 18, 300)];
    const utc = bestTime(posts, 'UTC');
    expect(utc).toMatchObject({ known: true, posts: 12, bestWeekday: { weekday: 1, posts: 4, relative: 3 }, bestHour: { hour: 18, posts: 4 } });
    const paris = bestTime(posts, 'Europe/Paris');
    expect(paris).toMatchObject({ bestWeekday: { weekday: 1 }, bestHour: { hour: 19 } });
    const tokyo = bestTime(posts, 'Asia/Tokyo');
    // 18:00 UTC Tuesday is 03:00 Wednesday in Tokyo.
    expect(tokyo).toMatchObject({ bestWeekday: { weekday: 2 }, bestHour: { hour: 3 } });
    if (!utc.known) return;
    expect(utc.cells).toContainEqual({ weekday: 0, hour: 9, posts: 8, relative: 1 });
  });

  it('never names a best slot from two posts', () => {
    const posts = [...weekly(10, 9, 100), ...weekly(2, 24 + 18, 1000)];
    const result = bestTime(posts, 'UTC');
    expect(result.known).toBe(true);
    expect(result).not.toHaveProperty('bestWeekday');
    expect(result).not.toHaveProperty('bestHour');
  });

  it('makes no claim when every post has no engagement', () => {
    expect(bestTime(weekly(12, 9, 0), 'UTC')).toEqual({ known: false, dated: 12, needed: 0, noEngagement: true });
  });

  it('is the same on any machine clock: only the zone given counts', () => {
    const posts = [...weekly(8, 9, 100), ...weekly(4, 24 + 18, 300)];
    expect(bestTime(posts, 'UTC')).toEqual(bestTime([...posts].reverse(), 'UTC'));
    expect(NOW).toBeGreaterThan(MONDAY_9_UTC);
  });
});

describe('bestTime, a slot barely above the median', () => {
  it('is not named best', () => {
    // Tuesday posts do 1.1× the median: within what chance gives.
    const result = bestTime([...weekly(8, 9, 100), ...weekly(4, 24 + 18, 110)], 'UTC');
    expect(result.known).toBe(true);
    expect(result).not.toHaveProperty('bestWeekday');
  });
});
