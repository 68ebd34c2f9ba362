process.env.TZ = 'Europe/Paris';

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';

const fake = vi.hoisted(() => ({ current: undefined as unknown as ReturnType<typeof fakeBrowser> }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_, name: string) => (fake.current.browser as Record<string, unknown>)[name] }),
}));

const { checkReminders } = await import('../../../src/background/reminders/check-reminders');
const { openReminderPage, snoozeReminder, snoozePageReminders, snoozedUntil } = await import('../../../src/background/reminders/notification-actions');
const { readPageStates } = await import('../../../src/background/page-states');
const { database } = await import('../../../src/background/database');
const { pageDetail, pageGlance, readNudgeInput } = await import('../../../src/background/page-views');
const { reminderText } = await import('../../../src/background/reminders/notification');
const { refreshSummary } = await import('../../../src/store/summaries');
const { recordsRead } = await import('../../store/records-read');
const { ideaTitleKey } = await import('../../../src/insights/ideas');
const { tForSite } = await import('../../../src/ui/format');
const { withOwnAt } = await import('../../../src/store/db');

const DAY = 86_400_000;
const paris = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).getTime();
/** Noon, outside the default quiet hours. */
const NOW = paris(2026, 11, 26, 12);

async function seed() {
  const db = await database();
  const tx = db.transaction(['pages', 'posts', 'followers', 'settings', 'ideas'], 'readwrite');
  for (const store of ['pages', 'posts', 'followers', 'settings', 'ideas'] as const) await tx.objectStore(store).clear();
  const pages = tx.objectStore('pages');
  await pages.put({ id: 'facebook:bistro', site: 'facebook', handle: 'bistro', name: 'Le Bistro', url: 'https://www.facebook.com/bistro', role: 'mine', trackedAt: NOW - 30 * DAY });
  await pages.put({ id: 'facebook:rival', site: 'facebook', handle: 'rival', url: 'https://www.facebook.com/rival', role: 'watch', trackedAt: NOW - 30 * DAY });
  await pages.put({ id: 'x:fresh', site: 'x', handle: 'fresh', url: 'https://x.com/fresh', role: 'mine', trackedAt: NOW - 30 * DAY });
  const post = (pageId: string, postId: string, publishedAt: number) =>
    tx.objectStore('posts').put(withOwnAt({ pageId, postId, publishedAt, precision: 'minute', firstSeenAt: publishedAt, lastSeenAt: publishedAt, source: 'read' }));
  await post('facebook:bistro', 'b1', NOW - 6 * DAY - 3_600_000);
  await post('facebook:bistro', 'b2', NOW - 9 * DAY);
  await post('facebook:rival', 'r1', NOW - 20 * DAY);
  await post('x:fresh', 'f1', NOW - 3_600_000);
  await tx.objectStore('followers').put({ pageId: 'facebook:bistro', at: NOW - DAY, count: 1240, exact: true, shown: '1,240' });
  await tx.done;
  return db;
}

async function run(now: number) {
  const db = await database();
  await checkReminders(db, await readPageStates(db, now), now);
}

beforeEach(() => {
  fake.current = fakeBrowser();
});

describe('checkReminders', () => {
  it('reminds of the overdue page the admin runs, once, with its followers, silence and first idea', async () => {
    const db = await seed();
    await run(NOW);
    const { created, local } = fake.current.state;
    expect(created.map((n) => n.id)).toEqual(['reminder:facebook:bistro']);
    const [reminder] = created;
    // The idea is the one the popup shows first for that page today.
    const idea = (await pageDetail(db, 'facebook:bistro', NOW))!.nudges[0]!;
    const ideaTitle = fake.current.browser.i18n.getMessage(ideaTitleKey(idea.ideaId));
    expect(ideaTitle).not.toBe('');
    expect(reminder!.options).toMatchObject({
      title: 'Le Bistro on Facebook',
      message: `Your 1,240 followers have not heard from you in 6 days — idea: ${ideaTitle}`,
      buttons: [{ title: 'Snooze 1 day' }, { title: 'Snooze 1 week' }],
    });
    expect(local.get('reminder:facebook:bistro')).toEqual({ notifiedEpisodeStart: NOW - 6 * DAY - 3_600_000 });

    // Later runs in the same silence say nothing more of it (the fresh page's own turn comes later).
    await run(NOW + 30 * 60_000);
    await run(NOW + 3 * DAY);
    expect(created.map((n) => n.id)).toEqual(['reminder:facebook:bistro', 'reminder:x:fresh']);
  });

  it('a YouTube channel is reminded of its subscribers, its idea named in its words', async () => {
    const db = await seed();
    await db.put('pages', { id: 'youtube:bistro', site: 'youtube', handle: 'bistro', name: 'Le Bistro', url: 'https://www.youtube.com/@bistro', role: 'mine', trackedAt: NOW - 30 * DAY });
    await db.delete('pages', 'facebook:bistro');
    await db.put('posts', withOwnAt({ pageId: 'youtube:bistro', postId: 'y1', publishedAt: NOW - 9 * DAY - 3_600_000, precision: 'minute', firstSeenAt: NOW, lastSeenAt: NOW, source: 'read' }));
    await db.put('followers', { pageId: 'youtube:bistro', at: NOW - DAY, count: 1240, exact: true, shown: '1.24K' });
    await run(NOW);
    const reminder = fake.current.state.created.find((n) => n.id === 'reminder:youtube:bistro')!;
    const idea = (await pageDetail(db, 'youtube:bistro', NOW))!.nudges[0]!;
    expect(reminder.options.message).toBe(`Your 1,240 subscribers have not heard from you in 9 days — idea: ${tForSite('youtube', ideaTitleKey(idea.ideaId))}`);
    expect(reminder.options.message).not.toMatch(/follower/i);
  });

  it('takes a reminder back once the page has posted again', async () => {
    const db = await seed();
    await run(NOW);
    expect([...fake.current.state.notifications.keys()]).toEqual(['reminder:facebook:bistro']);
    await db.put('posts', withOwnAt({ pageId: 'facebook:bistro', postId: 'b3', publishedAt: NOW + 60_000, precision: 'minute', firstSeenAt: NOW, lastSeenAt: NOW, source: 'read' }));
    await run(NOW + 30 * 60_000);
    expect(fake.current.state.notifications.size).toBe(0);
  });

  it('shows no buttons where the browser has none (Firefox refuses them)', async () => {
    await seed();
    fake.current.state.firefox = true;
    await run(NOW);
    const { created } = fake.current.state;
    expect(created).toHaveLength(1);
    expect(created[0]!.options.buttons).toBeUndefined();
    expect(created[0]!.options.message).toMatch(/^Your 1,240 followers have not heard from you in 6 days — idea: /);
  });

  it('stays quiet at night and when reminders are turned off', async () => {
    const db = await seed();
    await run(paris(2026, 11, 26, 23));
    expect(fake.current.state.created).toEqual([]);
    await db.put('settings', { remindersEnabled: false, quietStart: 0, quietEnd: 0 }, 'settings');
    await run(NOW);
    expect(fake.current.state.created).toEqual([]);
  });
});

describe('notification actions', () => {
  it('snoozes for a week from the second button: silent until then, back after', async () => {
    await seed();
    await run(NOW);
    await snoozeReminder('reminder:facebook:bistro', 1, NOW);
    const { created, notifications, local } = fake.current.state;
    expect(notifications.size).toBe(0);
    expect(local.get('reminder:facebook:bistro')).toMatchObject({ snoozedUntil: paris(2026, 12, 3, 12) });
    const bistro = () => created.filter((n) => n.id === 'reminder:facebook:bistro');
    await run(paris(2026, 12, 3, 11, 30));
    expect(bistro()).toHaveLength(1);
    await run(paris(2026, 12, 3, 12));
    expect(bistro()).toHaveLength(2);
    expect(local.get('reminder:facebook:bistro')).toEqual({ notifiedEpisodeStart: NOW - 6 * DAY - 3_600_000 });
  });

  it('snoozes from the popup or options for a day, takes the reminder back, and resumes on demand', async () => {
    await seed();
    fake.current.state.firefox = true;
    await run(NOW);
    const { created, notifications, local } = fake.current.state;
    expect(await snoozedUntil('facebook:bistro', NOW)).toBeUndefined();
    const memory = await snoozePageReminders('facebook:bistro', 1, NOW);
    expect(memory.snoozedUntil).toBe(paris(2026, 11, 27, 12));
    expect(notifications.size).toBe(0);
    expect(await snoozedUntil('facebook:bistro', NOW + 3_600_000)).toBe(paris(2026, 11, 27, 12));
    // Over: not snoozed any more, and the reminder comes back at the next run.
    expect(await snoozedUntil('facebook:bistro', paris(2026, 11, 27, 12))).toBeUndefined();
    await snoozePageReminders('facebook:bistro', 7, NOW);
    await snoozePageReminders('facebook:bistro', null, NOW);
    expect(local.get('reminder:facebook:bistro')).toEqual({ notifiedEpisodeStart: NOW - 6 * DAY - 3_600_000 });
    await run(NOW + 3_600_000);
    // Resumed within the same silence: it was already notified, so no repeat.
    expect(created.filter((n) => n.id === 'reminder:facebook:bistro')).toHaveLength(1);
  });

  it('opens the page when the notification is clicked, and ignores ids that are not ours', async () => {
    await seed();
    await run(NOW);
    await openReminderPage('reminder:facebook:bistro');
    await openReminderPage('someone-else');
    await snoozeReminder('reminder:facebook:bistro', 5, NOW);
    expect(fake.current.state.openedTabs).toEqual(['https://www.facebook.com/bistro']);
    expect(fake.current.state.notifications.size).toBe(0);
    expect(fake.current.state.local.get('reminder:facebook:bistro')).not.toHaveProperty('snoozedUntil');
  });

  it("reads its message ahead from the page's summary: a five-year page posting 2.7 times a day waits for 2 rounds of answers, as the overlay", async () => {
    const db = await seed();
    const page = { id: 'facebook:busy', site: 'facebook', handle: 'busy', url: 'https://www.facebook.com/busy', role: 'mine', trackedAt: NOW - 1900 * DAY } as const;
    const tx = db.transaction(['pages', 'posts', 'followers', 'summaries'], 'readwrite');
    void tx.objectStore('pages').put(page);
    // Silent for a week, before that 2.7 posts a day for five years.
    for (let n = 0; n < 5 * 365 * 2.7; n++) {
      const publishedAt = NOW - 7 * DAY - Math.round((n * DAY) / 2.7);
      void tx.objectStore('posts').put(withOwnAt({ pageId: page.id, postId: `p${n}`, publishedAt, precision: 'minute', firstSeenAt: publishedAt, lastSeenAt: publishedAt, source: 'read' }));
    }
    for (let d = 0; d < 5 * 365; d++) void tx.objectStore('followers').put({ pageId: page.id, at: NOW - d * DAY, count: 9000 - d, exact: true, shown: '' });
    await refreshSummary(tx, page.id);
    await tx.done;
    const state = (await readPageStates(db, NOW)).find((s) => s.page.id === page.id)!;

    const reminder = await recordsRead(() => reminderText(db, state, NOW));
    const unguessed = await recordsRead(() => readNudgeInput(db, state.page, NOW));
    // The page and its summary, then the first reads down to within reach below the summary's
    // oldest own post (the 26th); the overlay's glance then records the idea it shows.
    expect(reminder.rounds).toBe(2);
    expect((await recordsRead(() => pageGlance(db, page.id, NOW))).rounds).toBe(3);
    // Walked down from the last 36 hours one post per round, as it was: 33.
    expect(unguessed.rounds).toBeGreaterThan(20);
    expect(reminder.result).toMatch(/^Your 9,000 followers have not heard from you in 7 days/);
  });
});
