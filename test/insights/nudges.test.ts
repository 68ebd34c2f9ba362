import { describe, expect, it } from 'vitest';
import { IDEAS } from '../../src/insights/ideas';
import { pickNudges, type Nudge, type NudgeInput } from '../../src/insights/nudges';
import { REASONS, type ReasonKey } from '../../src/insights/reasons';
import type { IdeaRecord } from '../../src/store/db';
import { DAY, HOUR, NOW, alternatingWeeks, dailySamples, followerCount, kinds, page, post, timeline } from './build';

const fb = page('facebook');

function input(extra: Partial<NudgeInput> = {}): NudgeInput {
  return { page: fb, posts: [], followers: [], ideaHistory: [], now: NOW, ...extra };
}

function record(ideaId: string, state: IdeaRecord['state'], at: number, until?: number): IdeaRecord {
  return { pageId: fb.id, ideaId, state, at, until };
}

const DEC_31 = Date.UTC(2026, 11, 31, 12);

describe('pickNudges', () => {
  const busy = input({
    posts: timeline(fb, 10, () => ({ kind: 'photo', text: 'Fresh bread today.', comments: 0 }), 5),
    followers: [followerCount(fb, NOW - 40 * DAY, 1200), followerCount(fb, NOW - DAY, 1240)],
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

  it('never gives two cards shown together the same reason from the data', () => {
    // Silent for 10 days after three unlabelled posts: two reasons only (followers waiting, rhythm).
    const silent = input({ posts: timeline(fb, 3, () => ({}), 10), followers: [followerCount(fb, NOW - DAY, 1240)] });
    for (let d = 0; d < 60; d++) {
      const keys = [busy, silent]
        .map((scenario) => pickNudges({ ...scenario, now: NOW + d * DAY }))
        .flatMap((nudges) => {
          const own = nudges.map((n) => n.reason.key).filter((k) => k !== 'reason_something_new');
          expect(new Set(own).size, `day ${d}`).toBe(own.length);
          return own;
        });
      expect(keys.length).toBeGreaterThan(0);
    }
    // A page with no data: the fallback, which says so, on every card.
    expect(pickNudges(input()).map((n) => n.reason.key)).toEqual(['reason_something_new', 'reason_something_new', 'reason_something_new']);
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

    it('keeps a drafted idea away as long as a done one', () => {
      expect(atNewYear([record('season_new_year', 'drafted', DEC_31 - 29 * DAY)])).not.toContain('season_new_year');
      expect(atNewYear([record('season_new_year', 'drafted', DEC_31 - 31 * DAY)])).toContain('season_new_year');
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
      input({ posts: timeline(fb, 12, (i) => ({ kind: (['poll', 'video', 'text'] as const)[i % 3], text: i % 2 ? 'Which?' : 'New.', comments: (i % 3 ? 3 : 9) + (i % 2 ? 3 : 0), reactions: i % 3 === 1 ? 40 : 10 })) }),
      input({ posts: timeline(fb, 8, (i) => ({ kind: i < 4 ? 'photo' : 'text', reactions: i < 4 ? 30 : 10 })) }),
      input({ followers: [followerCount(fb, NOW - DAY, 970)] }),
      // Each absence alone, so stronger reasons do not hide it.
      input({ posts: timeline(fb, 10, (i) => ({ kind: kinds('poll', 'video', 'photo', 'event', 'text')(i), text: 'Why?', comments: 0 })) }),
      input({ posts: timeline(fb, 10, (i) => ({ kind: kinds('poll', 'video', 'event', 'text')(i), text: 'Why?' })) }),
      input({ posts: timeline(fb, 10, (i) => ({ kind: kinds('poll', 'video', 'photo')(i), text: 'Why?' })) }),
      input({ followers: [followerCount(fb, NOW - 20 * DAY, 980), followerCount(fb, NOW - 3 * DAY, 1010)] }),
      input({ followers: dailySamples(fb, 40, (d) => 1300 + d) }),
      input({ posts: [post(fb, NOW - 6 * DAY)] }),
      input({ posts: Array.from({ length: 6 }, (_, i) => post(fb, NOW - (6 + 2 * i) * DAY)) }),
      input({ posts: timeline(fb, 8, () => ({}), 4) }),
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
