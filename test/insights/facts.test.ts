import { describe, expect, it } from 'vitest';
import { factsOf, seasonDaysAway } from '../../src/insights/facts';
import { IDEAS } from '../../src/insights/ideas';
import { manualPost } from '../../src/insights/manual-post';
import type { Reason } from '../../src/insights/reasons';
import type { FollowerSample, PostRecord } from '../../src/store/db';
import { DAY, HOUR, NOW, alternatingWeeks, dailySamples, followerCount, page, post, timeline } from './build';

const fb = page('facebook');

function facts(data: { posts?: PostRecord[]; followers?: FollowerSample[]; now?: number } = {}): ReturnType<typeof factsOf> {
  return factsOf(fb, data.posts ?? [], data.followers ?? [], data.now ?? NOW);
}

function reasonsOf(found: ReturnType<typeof factsOf>): Reason[] {
  return [...Object.values(found.bySignal).map((c) => c.reason), ...found.general.map((c) => c.reason)];
}

const DEC_31 = Date.UTC(2026, 11, 31, 12);

describe('factsOf: each reason comes from the page’s own numbers', () => {
  it('absences in the last posts: no poll, video, event, question; few comments', () => {
    const posts = timeline(fb, 10, () => ({ kind: 'photo', text: 'Fresh bread today.', comments: 0 }));
    const reasons = reasonsOf(facts({ posts }));
    expect(reasons).toEqual(
      expect.arrayContaining([
        { key: 'reason_no_poll', values: { days: 10, posts: 10 } },
        { key: 'reason_no_video', values: { days: 10, posts: 10 } },
        { key: 'reason_no_event', values: { days: 10, posts: 10 } },
        { key: 'reason_no_question', values: { days: 10, posts: 10 } },
        { key: 'reason_few_comments', values: { posts: 5, comments: 0 } },
      ]),
    );
    expect(reasons.map((r) => r.key)).not.toContain('reason_no_photo');
  });

  it('caps the look-back at 25 posts and claims nothing from too few or unlabelled posts', () => {
    const many = timeline(fb, 40, () => ({ kind: 'text' }));
    expect(facts({ posts: many }).bySignal['no-poll']?.reason).toEqual({ key: 'reason_no_poll', values: { days: 25, posts: 25 } });
    expect(facts({ posts: timeline(fb, 4, () => ({ kind: 'text', text: 'Hello' })) }).bySignal).toEqual({});
    expect(facts({ posts: timeline(fb, 10, () => ({})) }).bySignal).toEqual({});
  });

  it('a photo absence, and engagement ratios for questions, polls, videos and photos', () => {
    const posts = timeline(fb, 12, (i) => {
      const kind = (['poll', 'video', 'text'] as const)[i % 3];
      return {
        kind,
        text: i % 2 ? 'Which one do you want?' : 'New today.',
        comments: (kind === 'poll' ? 9 : 3) + (i % 2 ? 3 : 0),
        reactions: kind === 'video' ? 40 : 10,
      };
    });
    const { bySignal } = facts({ posts });
    expect(bySignal['no-photo']?.reason).toEqual({ key: 'reason_no_photo', values: { days: 12, posts: 12 } });
    expect(bySignal['question-engages']?.reason).toEqual({ key: 'reason_question_comments', values: { ratio: 1.6 } });
    expect(bySignal['poll-engages']?.reason).toEqual({ key: 'reason_poll_comments', values: { ratio: 2.3 } });
    expect(bySignal['video-engages']?.reason).toEqual({ key: 'reason_video_reactions', values: { ratio: 4 } });

    const photos = timeline(fb, 8, (i) => ({ kind: i < 4 ? 'photo' : 'text', reactions: i < 4 ? 30 : 10 }));
    expect(facts({ posts: photos }).bySignal['photo-engages']?.reason).toEqual({ key: 'reason_photo_reactions', values: { ratio: 3 } });
  });

  it('milestones near and passed, and a falling audience', () => {
    expect(facts({ followers: [followerCount(fb, NOW - DAY, 970)] }).bySignal['milestone-near']?.reason).toEqual({
      key: 'reason_milestone_near',
      values: { milestone: 1000, remaining: 30 },
    });
    const passed = [followerCount(fb, NOW - 20 * DAY, 980), followerCount(fb, NOW - 3 * DAY, 1010)];
    expect(facts({ followers: passed }).bySignal['milestone-passed']?.reason).toEqual({
      key: 'reason_milestone_passed',
      values: { milestone: 1000 },
    });
    const falling = dailySamples(fb, 40, (d) => 1300 + d);
    expect(facts({ followers: falling }).bySignal['audience-falling']?.reason).toEqual({
      key: 'reason_audience_falling',
      values: { lost: 30, days: 30 },
    });
    // 980 and falling: the 1,000 ahead is no occasion to celebrate.
    const fallingNear = dailySamples(fb, 40, (d) => 970 + d);
    expect(facts({ followers: fallingNear }).bySignal).not.toHaveProperty('milestone-near');
    expect(facts({ followers: fallingNear }).bySignal).toHaveProperty('audience-falling');
  });

  it('silence: followers waiting when their number is known, plain silence when not', () => {
    const posts = [post(fb, NOW - 6 * DAY - HOUR)];
    expect(facts({ posts, followers: [followerCount(fb, NOW - DAY, 1240)] }).general.map((c) => c.reason)).toContainEqual({
      key: 'reason_followers_waiting',
      values: { followers: 1240, days: 6 },
    });
    expect(facts({ posts }).general.map((c) => c.reason)).toContainEqual({ key: 'reason_silent', values: { days: 6 } });
    // On track: nothing to say about silence.
    expect(facts({ posts: [post(fb, NOW - DAY)] }).general).toEqual([]);
  });

  it('a broken rhythm, with its own sentence for daily posters', () => {
    const everyTwoDays = Array.from({ length: 6 }, (_, i) => post(fb, NOW - (6 + 2 * i) * DAY));
    expect(facts({ posts: everyTwoDays }).general.map((c) => c.reason)).toContainEqual({
      key: 'reason_rhythm_broken',
      values: { usualDays: 2, days: 6 },
    });
    const daily = timeline(fb, 8, () => ({}), 3);
    expect(facts({ posts: daily }).general.map((c) => c.reason)).toContainEqual({ key: 'reason_rhythm_daily', values: { days: 3 } });
  });

  it('the thesis, when weeks with posts gained more', () => {
    expect(facts(alternatingWeeks(fb, 3)).general.map((c) => c.reason)).toContainEqual({
      key: 'reason_thesis',
      values: { withPosts: 21, withoutPosts: 0 },
    });
  });

  it('claims an absence only for kinds the site’s reader can tell apart', () => {
    const absences = (site: 'youtube' | 'bluesky' | 'x') => {
      const on = page(site);
      return Object.keys(factsOf(on, timeline(on, 10, () => ({ kind: 'text', text: 'Hi.' })), [], NOW).bySignal).sort();
    };
    // YouTube's Videos tab is all videos; events only Facebook and LinkedIn show; Bluesky has no polls.
    expect(absences('youtube')).toEqual(['no-photo', 'no-poll', 'no-question']);
    expect(absences('bluesky')).toEqual(['no-photo', 'no-question', 'no-video']);
    expect(absences('x')).toEqual(['no-photo', 'no-poll', 'no-question', 'no-video']);
  });

  it('reads only this page’s records', () => {
    const other = page('x');
    const posts = timeline(other, 10, () => ({ kind: 'photo' }));
    expect(facts({ posts, followers: [followerCount(other, NOW, 990)] })).toEqual({ bySignal: {}, general: [] });
  });

  it('leaves hand-recorded statuses out of what posts contain (their content is unknown)', () => {
    const read = timeline(fb, 6, () => ({ kind: 'photo' }), 2);
    const manual = [1, 3, 5].map((d) => manualPost(fb.id, NOW - d * DAY - 12 * HOUR, NOW)!);
    expect(facts({ posts: [...read, ...manual] }).bySignal['no-poll']?.reason).toEqual({
      key: 'reason_no_poll',
      values: { days: 7, posts: 6 },
    });
  });
});

describe('seasonDaysAway', () => {
  const newYear = IDEAS.find((i) => i.id === 'season_new_year')!.season!;
  it('counts down during the lead, is 0 inside the window (across New Year), undefined elsewhere', () => {
    expect(seasonDaysAway(newYear, Date.UTC(2026, 11, 28, 12))).toBe(3);
    expect(seasonDaysAway(newYear, DEC_31)).toBe(0);
    expect(seasonDaysAway(newYear, Date.UTC(2027, 0, 10, 23))).toBe(0);
    expect(seasonDaysAway(newYear, Date.UTC(2027, 0, 11, 1))).toBeUndefined();
    expect(seasonDaysAway(newYear, NOW)).toBeUndefined();
  });
});
