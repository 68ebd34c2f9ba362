import { describe, expect, it } from 'vitest';
import { seriesOf } from '../../src/insights/audience';
import { countAt, roundingMargin, thesisOf, weeklyGains } from '../../src/insights/posting-weeks';
import type { FollowerSample } from '../../src/store/db';
import { DAY, NOW, alternatingWeeks, page, post } from './build';

const fb = page('facebook');

function sample(daysAgo: number, count: number, exact = true): FollowerSample {
  return { pageId: fb.id, at: NOW - daysAgo * DAY, count, exact, shown: String(count) };
}

describe('roundingMargin', () => {
  it('is half the rounding a compact count may hide', () => {
    expect(roundingMargin({ count: 10_400, exact: false })).toBe(50);
    expect(roundingMargin({ count: 1_200, exact: false })).toBe(50);
    expect(roundingMargin({ count: 12_000, exact: false })).toBe(500);
    expect(roundingMargin({ count: 2_500_000, exact: false })).toBe(50_000);
    expect(roundingMargin({ count: 10_400, exact: true })).toBe(0);
  });
});

describe('countAt', () => {
  const series = seriesOf(fb.id, [sample(20, 100), sample(14, 160), sample(10, 200), sample(0, 300)], NOW);
  it('reads a visit, or the line between two close visits', () => {
    expect(countAt(series, NOW - 14 * DAY)).toEqual({ count: 160, margin: 0 });
    expect(countAt(series, NOW - 12 * DAY)).toEqual({ count: 180, margin: 0 });
  });
  it('gives nothing between visits too far apart, before the first or after the last', () => {
    expect(countAt(series, NOW - 5 * DAY)).toBeUndefined();
    expect(countAt(series, NOW - 30 * DAY)).toBeUndefined();
    expect(countAt(series, NOW + DAY)).toBeUndefined();
  });
});

describe('thesisOf', () => {
  const { posts: statuses, followers: alternating } = alternatingWeeks(fb, 2);

  it('compares weekly gains in weeks with posts and weeks without (exact counts)', () => {
    const thesis = thesisOf(alternating, statuses);
    expect(thesis).toMatchObject({ known: true, verdict: 'posts-gain-more' });
    if (!thesis.known) return;
    expect(thesis.withPosts).toEqual({ weeks: 4, meanGain: 14, margin: 0 });
    // Week 7 holds the oldest status known: it starts before what the timeline showed.
    expect(thesis.withoutPosts).toEqual({ weeks: 3, meanGain: 0, margin: 0 });
  });

  it('works with rounded counts and says how far they may be off', () => {
    // "10.4K" style: the page gains 200 a day in posted weeks, shown to the hundred.
    const rounded = alternatingWeeks(fb, 200).followers.map((s) => ({ ...s, count: s.count * 10, exact: false }));
    const thesis = thesisOf(rounded, statuses);
    expect(thesis).toMatchObject({ known: true, verdict: 'posts-gain-more' });
    if (!thesis.known) return;
    expect(thesis.withPosts.meanGain).toBe(14_000);
    expect(thesis.withPosts.margin).toBeGreaterThan(0);
  });

  it('calls a difference the rounding could explain unclear', () => {
    // A gain of 1 a day, shown as "12K": a week's 7 vanishes inside the rounding.
    const blurred = alternatingWeeks(fb, 1).followers.map((s) => ({ ...s, count: 12_000, exact: false }));
    expect(thesisOf(blurred, statuses)).toMatchObject({ known: true, verdict: 'unclear' });
  });

  it('counts weeks of sparse visits when visits bracket both ends', () => {
    // A visit every third day: each week end lies between two visits at most 3 days apart.
    const sparse = alternating.filter((_, i) => i % 3 === 0);
    const thesis = thesisOf(seriesOf(fb.id, sparse, NOW), statuses);
    expect(thesis).toMatchObject({ known: true, verdict: 'posts-gain-more' });
    if (!thesis.known) return;
    expect(thesis.withPosts.weeks + thesis.withoutPosts.weeks).toBe(7);
  });

  it('ends the weeks at the last visit and reads the count between two visits', () => {
    const series = seriesOf(fb.id, [sample(20, 100), sample(13, 100), sample(8, 112), sample(7, 112), sample(0, 112)], NOW);
    const posts = [post(fb, NOW - 21 * DAY), post(fb, NOW - 10 * DAY)];
    expect(weeklyGains(series, posts)).toEqual([
      { start: NOW - 7 * DAY, gain: 0, margin: 0, posted: false },
      { start: NOW - 14 * DAY, gain: 12, margin: 0, posted: true },
    ]);
  });

  it('says what is missing when it cannot compare', () => {
    expect(thesisOf(alternating.slice(-15), statuses)).toEqual({ known: false, weeksWithPosts: 1, weeksWithoutPosts: 1, unbracketed: 5 });
    expect(thesisOf([], statuses)).toEqual({ known: false, weeksWithPosts: 0, weeksWithoutPosts: 0, noFollowers: true });
    expect(thesisOf(alternating, [])).toEqual({ known: false, weeksWithPosts: 0, weeksWithoutPosts: 0, noPosts: true });
    // Visits a month apart bracket nothing.
    const monthly = seriesOf(fb.id, [sample(56, 1000), sample(28, 1030), sample(0, 1060)], NOW);
    expect(thesisOf(monthly, statuses)).toEqual({ known: false, weeksWithPosts: 0, weeksWithoutPosts: 0, unbracketed: 7 });
  });

  it('does not call a week silent before the oldest status it knows', () => {
    // Statuses known back to 17 days ago: week 0 posted, week 1 silent, older weeks not judged.
    expect(thesisOf(alternating, statuses.slice(0, 2))).toEqual({ known: false, weeksWithPosts: 1, weeksWithoutPosts: 1 });
  });
});
