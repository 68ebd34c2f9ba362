import { describe, expect, it } from 'vitest';
import { IDEAS } from '../../src/insights/ideas';
import { manualPost } from '../../src/insights/manual-post';
import { factsOf, pickNudges, seasonDaysAway, type Nudge, type NudgeInput } from '../../src/insights/nudges';
import { REASONS, type Reason, type ReasonKey } from '../../src/insights/reasons';
import type { PostKind } from '../../src/sites/types';
import type { FollowerSample, IdeaRecord, PageRecord, PostRecord } from '../../src/store/db';
import { DAY, HOUR, NOW, alternatingWeeks, dailySamples, page, post } from './build';

const fb = page('facebook');

function input(extra: Partial<NudgeInput> = {}): NudgeInput {
  return { page: fb, posts: [], followers: [], ideaHistory: [], now: NOW, ...extra };
}

/** Posts one day apart, newest yesterday, each shaped by `shape(i)`. */
function timeline(count: number, shape: (i: number) => Partial<PostRecord>, on: PageRecord = fb, newestDaysAgo = 1): PostRecord[] {
  return Array.from({ length: count }, (_, i) => post(on, NOW - (newestDaysAgo + i) * DAY, shape(i)));
}

function count(at: number, n: number, on: PageRecord = fb): FollowerSample {
  return { pageId: on.id, at, count: n, exact: true, shown: String(n) };
}

function reasonsOf(facts: ReturnType<typeof factsOf>): Reason[] {
  return [...Object.values(facts.bySignal).map((c) => c.reason), ...facts.general.map((c) => c.reason)];
}

function record(ideaId: string, state: IdeaRecord['state'], at: number, until?: number): IdeaRecord {
  return { pageId: fb.id, ideaId, state, at, until };
}

/** Cycles through the given kinds by post index. */
function kinds(...cycle: PostKind[]): (i: number) => PostKind {
  return (i) => cycle[i % cycle.length]!;
}

const DEC_31 = Date.UTC(2026, 11, 31, 12);

describe('factsOf: each reason comes from the page’s own numbers', () => {
  it('absences in the last posts: no poll, video, event, question; few comments', () => {
    const posts = timeline(10, () => ({ kind: 'photo', text: 'Fresh bread today.', comments: 0 }));
    const reasons = reasonsOf(factsOf(input({ posts })));
    expect(reasons).toEqual(
      expect.arrayContaining([
        { key: 'reason_no_poll', values: { posts: 10 } },
        { key: 'reason_no_video', values: { posts: 10 } },
        { key: 'reason_no_event', values: { posts: 10 } },
        { key: 'reason_no_question', values: { posts: 10 } },
        { key: 'reason_few_comments', values: { posts: 5, comments: 0 } },
      ]),
    );
    expect(reasons.map((r) => r.key)).not.toContain('reason_no_photo');
  });

  it('caps the look-back at 25 posts and claims nothing from too few or unlabelled posts', () => {
    const many = timeline(40, () => ({ kind: 'text' }));
    expect(factsOf(input({ posts: many })).bySignal['no-poll']?.reason).toEqual({ key: 'reason_no_poll', values: { posts: 25 } });
    expect(factsOf(input({ posts: timeline(4, () => ({ kind: 'text', text: 'Hello' })) })).bySignal).toEqual({});
    expect(factsOf(input({ posts: timeline(10, () => ({})) })).bySignal).toEqual({});
  });

  it('a photo absence, and engagement ratios for questions, polls, videos and photos', () => {
    const posts = timeline(12, (i) => {
      const kind = (['poll', 'video', 'text'] as const)[i % 3];
      return {
        kind,
        text: i % 2 ? 'Which one do you want?' : 'New today.',
        comments: (kind === 'poll' ? 9 : 3) + (i % 2 ? 3 : 0),
        reactions: kind === 'video' ? 40 : 10,
      };
    });
    const { bySignal } = factsOf(input({ posts }));
    expect(bySignal['no-photo']?.reason).toEqual({ key: 'reason_no_photo', values: { posts: 12 } });
    expect(bySignal['question-engages']?.reason).toEqual({ key: 'reason_question_comments', values: { ratio: 1.6 } });
    expect(bySignal['poll-engages']?.reason).toEqual({ key: 'reason_poll_comments', values: { ratio: 2.3 } });
    expect(bySignal['video-engages']?.reason).toEqual({ key: 'reason_video_reactions', values: { ratio: 4 } });

    const photos = timeline(8, (i) => ({ kind: i < 4 ? 'photo' : 'text', reactions: i < 4 ? 30 : 10 }));
    expect(factsOf(input({ posts: photos })).bySignal['photo-engages']?.reason).toEqual({ key: 'reason_photo_reactions', values: { ratio: 3 } });
  });

  it('milestones near and passed, and a falling audience', () => {
    expect(factsOf(input({ followers: [count(NOW - DAY, 970)] })).bySignal['milestone-near']?.reason).toEqual({
      key: 'reason_milestone_near',
      values: { milestone: 1000, remaining: 30 },
    });
    const passed = [count(NOW - 20 * DAY, 980), count(NOW - 3 * DAY, 1010)];
    expect(factsOf(input({ followers: passed })).bySignal['milestone-passed']?.reason).toEqual({
      key: 'reason_milestone_passed',
      values: { milestone: 1000 },
    });
    const falling = dailySamples(fb, 40, (d) => 1300 + d);
    expect(factsOf(input({ followers: falling })).bySignal['audience-falling']?.reason).toEqual({
      key: 'reason_audience_falling',
      values: { lost: 30, days: 30 },
    });
  });

  it('silence: followers waiting when their number is known, plain silence when not', () => {
    const posts = [post(fb, NOW - 6 * DAY - HOUR)];
    expect(factsOf(input({ posts, followers: [count(NOW - DAY, 1240)] })).general.map((c) => c.reason)).toContainEqual({
      key: 'reason_followers_waiting',
      values: { followers: 1240, days: 6 },
    });
    expect(factsOf(input({ posts })).general.map((c) => c.reason)).toContainEqual({ key: 'reason_silent', values: { days: 6 } });
    // On track: nothing to say about silence.
    expect(factsOf(input({ posts: [post(fb, NOW - DAY)] })).general).toEqual([]);
  });

  it('a broken rhythm, with its own sentence for daily posters', () => {
    const everyTwoDays = Array.from({ length: 6 }, (_, i) => post(fb, NOW - (6 + 2 * i) * DAY));
    expect(factsOf(input({ posts: everyTwoDays })).general.map((c) => c.reason)).toContainEqual({
      key: 'reason_rhythm_broken',
      values: { usualDays: 2, days: 6 },
    });
    const daily = timeline(8, () => ({}), fb, 3);
    expect(factsOf(input({ posts: daily })).general.map((c) => c.reason)).toContainEqual({ key: 'reason_rhythm_daily', values: { days: 3 } });
  });

  it('the thesis, when weeks with posts gained more', () => {
    expect(factsOf(input(alternatingWeeks(fb, 3))).general.map((c) => c.reason)).toContainEqual({
      key: 'reason_thesis',
      values: { withPosts: 21, withoutPosts: 0 },
    });
  });

  it('reads only this page’s records', () => {
    const other = page('x');
    const posts = timeline(10, () => ({ kind: 'photo' }), other);
    expect(factsOf(input({ posts, followers: [count(NOW, 990, other)] }))).toEqual({ bySignal: {}, general: [] });
  });

  it('leaves hand-recorded statuses out of what posts contain (their content is unknown)', () => {
    const read = timeline(6, () => ({ kind: 'photo' }), fb, 2);
    const manual = [1, 3, 5].map((d) => manualPost(fb.id, NOW - d * DAY - 12 * HOUR, NOW)!);
    expect(factsOf(input({ posts: [...read, ...manual] })).bySignal['no-poll']?.reason).toEqual({
      key: 'reason_no_poll',
      values: { posts: 6 },
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

describe('pickNudges', () => {
  const busy = input({
    posts: timeline(10, () => ({ kind: 'photo', text: 'Fresh bread today.', comments: 0 }), fb, 5),
    followers: [count(NOW - 40 * DAY, 1200), count(NOW - DAY, 1240)],
  });

  it('gives three ideas of three categories, suited to the platform, each with a reason', () => {
    const nudges = pickNudges(busy);
    expect(nudges).toHaveLength(3);
    const ideas = nudges.map((n) => IDEAS.find((i) => i.id === n.ideaId)!);
    expect(new Set(ideas.map((i) => i.category)).size).toBe(3);
    for (const idea of ideas) expect(idea.platforms).toContain('facebook');
    for (const n of nudges) expect(Object.keys(REASONS)).toContain(n.reason.key);

    const bsky = page('bluesky');
    for (let d = 0; d < 30; d++) {
      for (const n of pickNudges(input({ page: bsky, now: NOW + d * DAY }))) {
        expect(IDEAS.find((i) => i.id === n.ideaId)!.platforms).toContain('bluesky');
      }
    }
  });

  it('is deterministic: same data and date, same nudges, whatever the order of the records', () => {
    const first = pickNudges(busy);
    expect(pickNudges(busy)).toEqual(first);
    expect(pickNudges({ ...busy, posts: [...busy.posts].reverse(), followers: [...busy.followers].reverse() })).toEqual(first);
    // Later the same day: still the same.
    expect(pickNudges({ ...busy, now: NOW + 5 * HOUR })).toEqual(first);
  });

  it('rotates from day to day, and does not bring back yesterday’s ideas once they were shown', () => {
    const history: IdeaRecord[] = [];
    const days: Nudge[][] = [];
    for (let d = 0; d < 10; d++) {
      const now = NOW + d * DAY;
      const today = pickNudges(input({ now, ideaHistory: [...history] }));
      // Recording today's nudges as shown does not change today's picks.
      for (const n of today) history.push({ pageId: fb.id, ideaId: n.ideaId, state: 'shown', at: now });
      expect(pickNudges(input({ now: now + HOUR, ideaHistory: [...history] }))).toEqual(today);
      days.push(today);
    }
    for (let d = 1; d < days.length; d++) {
      const yesterday = new Set(days[d - 1]!.map((n) => n.ideaId));
      for (const n of days[d]!) expect(yesterday.has(n.ideaId)).toBe(false);
    }
    expect(new Set(days.flat().map((n) => n.ideaId)).size).toBeGreaterThanOrEqual(20);

    // Without any history, the daily draw alone still changes the picks.
    const plain = Array.from({ length: 7 }, (_, d) => pickNudges(input({ now: NOW + d * DAY })).map((n) => n.ideaId).join());
    expect(new Set(plain).size).toBeGreaterThan(3);
  });

  describe('cooldowns', () => {
    const atNewYear = (ideaHistory: IdeaRecord[]) => pickNudges(input({ now: DEC_31, ideaHistory })).map((n) => n.ideaId);

    it('puts a seasonal idea first in its window', () => {
      expect(atNewYear([])[0]).toBe('season_new_year');
      expect(pickNudges(input({ now: DEC_31 }))[0]!.reason).toEqual({ key: 'reason_season_now', values: {} });
      expect(pickNudges(input({ now: Date.UTC(2026, 11, 28, 12) }))[0]).toEqual({
        ideaId: 'season_new_year',
        reason: { key: 'reason_season_soon', values: { days: 3 } },
      });
    });

    it('keeps a done idea away 30 days and a dismissed one 90', () => {
      expect(atNewYear([record('season_new_year', 'done', DEC_31 - 29 * DAY)])).not.toContain('season_new_year');
      expect(atNewYear([record('season_new_year', 'done', DEC_31 - 31 * DAY)])).toContain('season_new_year');
      expect(atNewYear([record('season_new_year', 'dismissed', DEC_31 - 89 * DAY)])).not.toContain('season_new_year');
      expect(atNewYear([record('season_new_year', 'dismissed', DEC_31 - 91 * DAY)])).toContain('season_new_year');
    });

    it('keeps a snoozed idea away until its date, or a week without one', () => {
      expect(atNewYear([record('season_new_year', 'snoozed', DEC_31 - DAY, DEC_31 + HOUR)])).not.toContain('season_new_year');
      expect(atNewYear([record('season_new_year', 'snoozed', DEC_31 - DAY, DEC_31 - HOUR)])).toContain('season_new_year');
      expect(atNewYear([record('season_new_year', 'snoozed', DEC_31 - 6 * DAY)])).not.toContain('season_new_year');
      expect(atNewYear([record('season_new_year', 'snoozed', DEC_31 - 8 * DAY)])).toContain('season_new_year');
    });

    it('follows the newest record of an idea, and only this page’s', () => {
      const older = record('season_new_year', 'dismissed', DEC_31 - 10 * DAY);
      const newer = record('season_new_year', 'snoozed', DEC_31 - 9 * DAY, DEC_31 - HOUR);
      expect(atNewYear([newer, older])).toContain('season_new_year');
      expect(atNewYear([{ ...older, pageId: 'x:other' }])).toContain('season_new_year');
    });

    it('returns fewer than three only when almost every idea is cooling down', () => {
      const kept = ['tip_quick', 'tip_tool'];
      const history = IDEAS.filter((i) => !kept.includes(i.id)).map((i) => record(i.id, 'dismissed', NOW - DAY));
      expect(pickNudges(input({ ideaHistory: history })).map((n) => n.ideaId).sort()).toEqual(kept);
    });
  });

  it('can give every reason there is', () => {
    const scenarios: NudgeInput[] = [
      input(),
      busy,
      input({ now: DEC_31 }),
      input({ now: Date.UTC(2026, 11, 28, 12) }),
      input({ posts: timeline(12, (i) => ({ kind: (['poll', 'video', 'text'] as const)[i % 3], text: i % 2 ? 'Which?' : 'New.', comments: (i % 3 ? 3 : 9) + (i % 2 ? 3 : 0), reactions: i % 3 === 1 ? 40 : 10 })) }),
      input({ posts: timeline(8, (i) => ({ kind: i < 4 ? 'photo' : 'text', reactions: i < 4 ? 30 : 10 })) }),
      input({ followers: [count(NOW - DAY, 970)] }),
      // Each absence alone, so stronger reasons do not hide it.
      input({ posts: timeline(10, (i) => ({ kind: kinds('poll', 'video', 'photo', 'event', 'text')(i), text: 'Why?', comments: 0 })) }),
      input({ posts: timeline(10, (i) => ({ kind: kinds('poll', 'video', 'event', 'text')(i), text: 'Why?' })) }),
      input({ posts: timeline(10, (i) => ({ kind: kinds('poll', 'video', 'photo')(i), text: 'Why?' })) }),
      input({ followers: [count(NOW - 20 * DAY, 980), count(NOW - 3 * DAY, 1010)] }),
      input({ followers: dailySamples(fb, 40, (d) => 1300 + d) }),
      input({ posts: [post(fb, NOW - 6 * DAY)] }),
      input({ posts: Array.from({ length: 6 }, (_, i) => post(fb, NOW - (6 + 2 * i) * DAY)) }),
      input({ posts: timeline(8, () => ({}), fb, 4) }),
    ];
    scenarios.push(input(alternatingWeeks(fb, 3)));
    const seen = new Set<ReasonKey>();
    for (const scenario of scenarios) {
      // The same data over a few days: the daily draw brings out each fitting idea in turn.
      for (let d = 0; d < 3; d++) {
        for (const n of pickNudges({ ...scenario, now: scenario.now + d * DAY })) seen.add(n.reason.key);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(REASONS).sort());
  });
});
