import { describe, expect, it } from 'vitest';
import { cadenceOf, DEFAULT_GOAL_DAYS, DUE_SOON_SHARE, goalDaysOf, ownStatuses } from '../../src/insights/cadence';
import { manualPost } from '../../src/insights/manual-post';
import { SITE_IDS } from '../../src/sites/types';
import { DAY, HOUR, NOW, page, post } from './build';

describe('cadenceOf', () => {
  it('is unknown with no dated own status, and keeps the goal', () => {
    const fb = page('facebook');
    const cadence = cadenceOf(fb, [post(fb, undefined), post(fb, NOW - DAY, { repost: true })], NOW);
    expect(cadence).toEqual({ goalDays: 3, state: 'unknown', medianGapMs: undefined });
  });

  it('measures from the newest own status, leaving reposts out', () => {
    const fb = page('facebook');
    const posts = [post(fb, NOW - 2 * DAY), post(fb, NOW - 3 * HOUR, { repost: true }), post(fb, NOW - 5 * DAY)];
    const cadence = cadenceOf(fb, posts, NOW);
    expect(cadence.lastOwnAt).toBe(NOW - 2 * DAY);
    expect(cadence.sinceMs).toBe(2 * DAY);
    expect(cadence.state).toBe('on-track');
  });

  it('says "about" when only the day was readable, not when the minute was', () => {
    const fb = page('facebook');
    const vague = cadenceOf(fb, [post(fb, NOW - 3 * DAY, { precision: 'day' })], NOW);
    expect(vague).toMatchObject({ lastPrecision: 'day', approximate: true, sinceMs: 3 * DAY });
    const exact = cadenceOf(fb, [post(fb, NOW - 3 * DAY, { precision: 'minute' })], NOW);
    expect(exact).toMatchObject({ lastPrecision: 'minute', approximate: false });
  });

  it('turns due soon at 75% of the goal and overdue at the goal', () => {
    const fb = page('facebook', { goalDays: 4 });
    const at = (ms: number) => cadenceOf(fb, [post(fb, NOW - ms)], NOW).state;
    expect(DUE_SOON_SHARE).toBe(0.75);
    expect(at(3 * DAY - 1)).toBe('on-track');
    expect(at(3 * DAY)).toBe('due-soon');
    expect(at(4 * DAY - 1)).toBe('due-soon');
    expect(at(4 * DAY)).toBe('overdue');
    const cadence = cadenceOf(fb, [post(fb, NOW - DAY)], NOW);
    expect(cadence.dueSoonAt).toBe(NOW - DAY + 3 * DAY);
    expect(cadence.overdueAt).toBe(NOW - DAY + 4 * DAY);
  });

  it('uses the platform default unless the admin set a goal', () => {
    expect(DEFAULT_GOAL_DAYS).toEqual({ facebook: 3, x: 1, instagram: 3, linkedin: 4, youtube: 7, mastodon: 2, bluesky: 2 });
    for (const site of SITE_IDS) expect(goalDaysOf(page(site))).toBe(DEFAULT_GOAL_DAYS[site]);
    expect(goalDaysOf(page('x', { goalDays: 5 }))).toBe(5);
    expect(goalDaysOf(page('x', { goalDays: 0 }))).toBe(1);
    // Goals the worker and a backup refuse (store/goal.ts) never set the rhythm, whatever got stored.
    for (const goalDays of [0.5, 61, Number.NaN]) expect(goalDaysOf(page('facebook', { goalDays }))).toBe(3);
    expect(goalDaysOf(page('facebook', { goalDays: 60 }))).toBe(60);
    const x = page('x');
    expect(cadenceOf(x, [post(x, NOW - 30 * HOUR)], NOW).state).toBe('overdue');
    const slowX = page('x', { goalDays: 3 });
    expect(cadenceOf(slowX, [post(slowX, NOW - 30 * HOUR)], NOW).state).toBe('on-track');
  });

  it('counts statuses dated before the page was tracked (history starts before install)', () => {
    const fb = page('facebook', { trackedAt: NOW - HOUR });
    const posts = [post(fb, NOW - 2 * DAY), post(fb, NOW - 4 * DAY), post(fb, NOW - 6 * DAY), post(fb, NOW - 10 * DAY)];
    const cadence = cadenceOf(fb, posts, NOW);
    expect(cadence.lastOwnAt).toBe(NOW - 2 * DAY);
    expect(cadence.medianGapMs).toBe(2 * DAY);
  });

  it('gives the median gap of recent statuses, only from three of them, ignoring month-precise dates', () => {
    const fb = page('facebook');
    expect(cadenceOf(fb, [post(fb, NOW - DAY), post(fb, NOW - 3 * DAY)], NOW).medianGapMs).toBeUndefined();
    const posts = [
      post(fb, NOW - DAY),
      post(fb, NOW - 2 * DAY),
      post(fb, NOW - 5 * DAY),
      post(fb, NOW - 11 * DAY),
      post(fb, NOW - 400 * DAY, { precision: 'month' }),
    ];
    expect(cadenceOf(fb, posts, NOW).medianGapMs).toBe(3 * DAY);
  });

  it('ignores other pages’ posts and undated ones', () => {
    const fb = page('facebook');
    const other = page('x');
    const cadence = cadenceOf(fb, [post(other, NOW - HOUR), post(fb, undefined), post(fb, NOW - 2 * DAY)], NOW);
    expect(cadence.lastOwnAt).toBe(NOW - 2 * DAY);
  });

  it('never reports a negative time since a status dated ahead of the clock', () => {
    const fb = page('facebook');
    expect(cadenceOf(fb, [post(fb, NOW + HOUR)], NOW)).toMatchObject({ sinceMs: 0, state: 'on-track' });
  });
});

describe('manual entries', () => {
  it('count as the last status when nothing read is near them', () => {
    const fb = page('facebook');
    const manual = manualPost(fb.id, NOW - 2 * HOUR, NOW)!;
    const cadence = cadenceOf(fb, [post(fb, NOW - 4 * DAY), manual], NOW);
    expect(cadence).toMatchObject({ lastOwnAt: manual.publishedAt, lastSource: 'manual', state: 'on-track' });
  });

  it('give way to a read status close to them: the read date wins', () => {
    const fb = page('facebook');
    const manual = manualPost(fb.id, NOW - 2 * HOUR, NOW)!;
    const read = post(fb, NOW - 5 * HOUR, { precision: 'hour' });
    const cadence = cadenceOf(fb, [manual, read], NOW);
    expect(cadence).toMatchObject({ lastOwnAt: NOW - 5 * HOUR, lastSource: 'read' });
    expect(ownStatuses(fb, [manual, read])).toEqual([read]);
  });

  it('widen the pairing window by a day-precise read date’s vagueness', () => {
    const fb = page('facebook');
    // Clicked "I just posted" 40 h ago; the page later showed "1 d" for that status.
    const manual = manualPost(fb.id, NOW - 40 * HOUR, NOW)!;
    const readDay = post(fb, NOW - DAY, { precision: 'day' });
    expect(ownStatuses(fb, [manual, readDay])).toEqual([readDay]);
    const readMinute = post(fb, NOW - DAY, { precision: 'minute' });
    expect(ownStatuses(fb, [manual, readMinute])).toHaveLength(2);
  });

  it('recorded twice within the hour count once', () => {
    const fb = page('facebook');
    const first = manualPost(fb.id, NOW - 50 * 60_000, NOW)!;
    const again = manualPost(fb.id, NOW - 5 * 60_000, NOW)!;
    expect(ownStatuses(fb, [first, again])).toEqual([again]);
  });
});
