process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import {
  afterNotified,
  decideReminder,
  snoozed,
  SNOOZE_DAYS,
  wantsReminders,
  type ReminderMemory,
} from '../../../src/background/reminders/decide';
import { cadenceOf } from '../../../src/insights/cadence';
import { DEFAULT_SETTINGS, type PageRecord, type PostRecord, type Settings } from '../../../src/store/db';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const paris = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).getTime();

const mine: PageRecord = {
  id: 'facebook:bakery', site: 'facebook', handle: 'bakery', url: 'https://www.facebook.com/bakery',
  role: 'mine', trackedAt: 0, goalDays: 1,
};
const statusAt = (publishedAt: number, id = String(publishedAt)): PostRecord => ({
  pageId: mine.id, postId: id, publishedAt, precision: 'minute', firstSeenAt: publishedAt, lastSeenAt: publishedAt, source: 'read',
});

/**
 * A fake clock: the alarm runs every `periodMin` from `from` to `to`, each run deciding with the
 * real cadence and remembering what it did as the service worker would. Returns when it notified.
 */
function runAlarms(options: {
  from: number; to: number; posts: PostRecord[]; page?: PageRecord; settings?: Settings;
  memory?: ReminderMemory; periodMin?: number;
}): { notifiedAt: number[]; memory: ReminderMemory } {
  const { from, to, posts, page = mine, settings = DEFAULT_SETTINGS, periodMin = 30 } = options;
  let memory = options.memory ?? {};
  const notifiedAt: number[] = [];
  for (let now = from; now <= to; now += periodMin * MINUTE) {
    const decision = decideReminder({ page, cadence: cadenceOf(page, posts, now), settings, memory, now });
    if (decision.notify) {
      notifiedAt.push(now);
      memory = afterNotified(decision.episodeStart);
    }
  }
  return { notifiedAt, memory };
}

describe('decideReminder', () => {
  it('notifies once when the page becomes overdue, then stays silent for the rest of that episode', () => {
    const last = paris(2026, 11, 24, 10);
    const { notifiedAt } = runAlarms({ from: paris(2026, 11, 24, 10), to: paris(2026, 12, 1, 10), posts: [statusAt(last)] });
    // Overdue from 25 Nov 10:00 (goal one day): that very run, and never again in the week after.
    expect(notifiedAt).toEqual([paris(2026, 11, 25, 10)]);
  });

  it('starts a new episode with a new status', () => {
    const first = statusAt(paris(2026, 11, 24, 10));
    const before = runAlarms({ from: paris(2026, 11, 25, 9), to: paris(2026, 11, 25, 12), posts: [first] });
    expect(before.notifiedAt).toEqual([paris(2026, 11, 25, 10)]);
    const second = statusAt(paris(2026, 11, 25, 12));
    const after = runAlarms({
      from: paris(2026, 11, 25, 12), to: paris(2026, 11, 27, 12), posts: [first, second], memory: before.memory,
    });
    expect(after.notifiedAt).toEqual([paris(2026, 11, 26, 12)]);
  });

  it('waits out quiet hours across midnight and notifies at the first run after them', () => {
    // Overdue at 22:00, inside the default 21:00–08:00.
    const { notifiedAt } = runAlarms({
      from: paris(2026, 11, 25, 20), to: paris(2026, 11, 26, 20), posts: [statusAt(paris(2026, 11, 24, 22))],
    });
    expect(notifiedAt).toEqual([paris(2026, 11, 26, 8)]);
  });

  it('ends quiet hours by the local clock on the morning summer time starts', () => {
    // 29 March 2026 in Paris: the night is one hour shorter; 08:00 local is 06:00 UTC.
    const { notifiedAt } = runAlarms({
      from: Date.UTC(2026, 2, 28, 20), to: Date.UTC(2026, 2, 29, 12), posts: [statusAt(Date.UTC(2026, 2, 27, 23))],
    });
    expect(notifiedAt).toEqual([Date.UTC(2026, 2, 29, 6)]);
  });

  it('comes back only when a snooze ends, at the same local time across a daylight-saving change', () => {
    const overdue = paris(2026, 3, 25, 10);
    const posts = [statusAt(paris(2026, 3, 24, 10))];
    const first = runAlarms({ from: overdue, to: overdue, posts });
    expect(first.notifiedAt).toEqual([overdue]);
    const week = snoozed(first.memory, SNOOZE_DAYS.week, overdue);
    // A week later by the local clock is 1 April 10:00, 167 hours later (summer time started in between).
    expect(week.snoozedUntil).toBe(paris(2026, 4, 1, 10));
    expect(week.snoozedUntil! - overdue).toBe(7 * 24 * HOUR - HOUR);
    const during = runAlarms({ from: overdue, to: paris(2026, 4, 1, 9, 30), posts, memory: week });
    expect(during.notifiedAt).toEqual([]);
    const after = runAlarms({ from: overdue, to: paris(2026, 4, 3, 10), posts, memory: week });
    expect(after.notifiedAt).toEqual([paris(2026, 4, 1, 10)]);
  });

  it('keeps a snooze that ends at night until quiet hours are over', () => {
    const posts = [statusAt(paris(2026, 11, 20, 10))];
    const memory = snoozed(afterNotified(paris(2026, 11, 20, 10)), SNOOZE_DAYS.day, paris(2026, 11, 24, 23));
    expect(memory.snoozedUntil).toBe(paris(2026, 11, 25, 23));
    const { notifiedAt } = runAlarms({ from: paris(2026, 11, 24, 23), to: paris(2026, 11, 26, 23), posts, memory });
    expect(notifiedAt).toEqual([paris(2026, 11, 26, 8)]);
  });

  it('says nothing for a page that is not overdue or has no dated status', () => {
    const now = paris(2026, 11, 26, 12);
    const onTrack = decideReminder({ page: mine, cadence: cadenceOf(mine, [statusAt(now - HOUR)], now), settings: DEFAULT_SETTINGS, memory: {}, now });
    const unknown = decideReminder({ page: mine, cadence: cadenceOf(mine, [], now), settings: DEFAULT_SETTINGS, memory: {}, now });
    expect([onTrack, unknown]).toEqual([{ notify: false, why: 'not-overdue' }, { notify: false, why: 'not-overdue' }]);
  });

  it('is off when turned off in options, for watched pages by default, and for muted pages', () => {
    const now = paris(2026, 11, 26, 12);
    const cadence = cadenceOf(mine, [statusAt(now - 3 * 24 * HOUR)], now);
    const decide = (page: PageRecord, settings: Settings = DEFAULT_SETTINGS) =>
      decideReminder({ page, cadence, settings, memory: {}, now }).notify;
    expect(decide(mine)).toBe(true);
    expect(decide(mine, { ...DEFAULT_SETTINGS, remindersEnabled: false })).toBe(false);
    expect(decide({ ...mine, muted: true })).toBe(false);
    expect(decide({ ...mine, role: 'watch' })).toBe(false);
    expect(decide({ ...mine, role: 'watch', muted: false })).toBe(true);
  });
});

describe('wantsReminders', () => {
  it('defaults by role and lets muted decide once set', () => {
    expect(wantsReminders({ role: 'mine' })).toBe(true);
    expect(wantsReminders({ role: 'watch' })).toBe(false);
    expect(wantsReminders({ role: 'mine', muted: true })).toBe(false);
    expect(wantsReminders({ role: 'watch', muted: false })).toBe(true);
  });
});
