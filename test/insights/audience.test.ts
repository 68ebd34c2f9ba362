import { describe, expect, it } from 'vitest';
import { followerDeltas, milestoneCrossed, nextMilestones, seriesOf } from '../../src/insights/audience';
import type { FollowerSample } from '../../src/store/db';
import { DAY, NOW, dailySamples, page } from './build';

const fb = page('facebook');

function sample(daysAgo: number, count: number, exact = true): FollowerSample {
  return { pageId: fb.id, at: NOW - daysAgo * DAY, count, exact, shown: String(count) };
}

describe('followerDeltas', () => {
  it('gives 7 and 30-day changes from a long daily series', () => {
    const series = dailySamples(fb, 120, (d) => 2000 - d * 3);
    expect(followerDeltas(series)).toEqual([
      { days: 7, change: 21, fromAt: NOW - 7 * DAY, toAt: NOW, exact: true },
      { days: 30, change: 90, fromAt: NOW - 30 * DAY, toAt: NOW, exact: true },
    ]);
  });

  it('says unknown for periods the series does not reach, instead of extrapolating', () => {
    const series = seriesOf(fb.id, [sample(20, 900), sample(7.5, 950), sample(0, 1000)], NOW);
    const [week, month] = followerDeltas(series);
    expect(week).toEqual({ days: 7, change: 50, fromAt: NOW - 7.5 * DAY, toAt: NOW, exact: true });
    expect(month).toEqual({ days: 30 });
  });

  it('does not count from a sample too long before the period’s start', () => {
    // A visit 12 days ago and one today: 12 is more than a day before the week's start.
    const series = seriesOf(fb.id, [sample(12, 500), sample(0, 520)], NOW);
    expect(followerDeltas(series)[0]).toEqual({ days: 7 });
  });

  it('ends the periods at the last visit, never inventing a count after it', () => {
    // Last visit 20 days ago: the week before it is known, the month before it is not.
    const series = seriesOf(fb.id, [sample(40, 300), sample(27, 320), sample(20, 330)], NOW);
    expect(followerDeltas(series).slice(0, 2)).toEqual([
      { days: 7, change: 10, fromAt: NOW - 27 * DAY, toAt: NOW - 20 * DAY, exact: true },
      { days: 30 },
    ]);
    // A single old sample is not a change of zero.
    expect(followerDeltas([sample(8, 300)])[0]).toEqual({ days: 7 });
  });

  it('marks a change between rounded counts as not exact, and is empty-safe', () => {
    const series = seriesOf(fb.id, [sample(8, 12000, false), sample(0, 13000, false)], NOW);
    expect(followerDeltas(series)[0]).toMatchObject({ change: 1000, exact: false });
    expect(followerDeltas([]).map((d) => d.change)).toEqual([undefined, undefined]);
  });

  it('seriesOf keeps one page’s sane samples up to now, oldest first', () => {
    const odd = [sample(1, 10), { ...sample(2, 5), pageId: 'x:other' }, sample(-1, 99), sample(3, Number.NaN), sample(4, 7)];
    expect(seriesOf(fb.id, odd, NOW).map((s) => s.count)).toEqual([7, 10]);
  });
});

describe('milestones', () => {
  it('lists the next round numbers on a 1–2.5–5 scale', () => {
    expect(nextMilestones(970)).toEqual([
      { target: 1000, remaining: 30 },
      { target: 2500, remaining: 1530 },
      { target: 5000, remaining: 4030 },
    ]);
    expect(nextMilestones(0, 1)).toEqual([{ target: 100, remaining: 100 }]);
    expect(nextMilestones(1000, 1)).toEqual([{ target: 2500, remaining: 1500 }]);
    expect(nextMilestones(Number.NaN)).toEqual([]);
  });

  it('finds the highest milestone crossed since a date', () => {
    const series = seriesOf(fb.id, [sample(20, 480), sample(10, 990), sample(2, 1010)], NOW);
    expect(milestoneCrossed(series, NOW - 14 * DAY)).toBe(1000);
    expect(milestoneCrossed(series, NOW - 30 * DAY)).toBe(1000);
    expect(milestoneCrossed(series, NOW - DAY)).toBeUndefined();
    expect(milestoneCrossed([], NOW)).toBeUndefined();
  });
});
