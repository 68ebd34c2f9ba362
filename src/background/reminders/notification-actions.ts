import browser from 'webextension-polyfill';
import { database } from '../database';
import { getPage } from '../../store/pages';
import type { PageId } from '../../store/page-id';
import { snoozed, type ReminderMemory } from './decide';
import { readMemory, writeMemory } from './memory';
import { notificationIdOf, pageIdOfNotification, SNOOZE_BUTTONS } from './notification';

/** A click on a reminder opens the page it is about. */
export async function openReminderPage(notificationId: string): Promise<void> {
  const pageId = pageIdOfNotification(notificationId);
  if (!pageId) return;
  await browser.notifications.clear(notificationId);
  const page = await getPage(await database(), pageId);
  if (page) await browser.tabs.create({ url: page.url });
}

/** "Snooze 1 day" / "Snooze 1 week": the reminder comes back when the snooze ends, if still overdue. */
export async function snoozeReminder(notificationId: string, buttonIndex: number, now = Date.now()): Promise<void> {
  const pageId = pageIdOfNotification(notificationId);
  const button = SNOOZE_BUTTONS[buttonIndex];
  if (pageId && button) await snoozePageReminders(pageId, button.days, now);
}

/**
 * The same snooze from the popup or the options (the only way where notifications have no
 * buttons), or with `days` null its end: the page's reminders follow its silence again. A
 * reminder on screen is taken back by a snooze.
 */
export async function snoozePageReminders(pageId: PageId, days: number | null, now = Date.now()): Promise<ReminderMemory> {
  const memory = await readMemory(pageId);
  if (days === null) {
    const { snoozedUntil: _ended, ...rest } = memory;
    await writeMemory(pageId, rest);
    return rest;
  }
  const next = snoozed(memory, days, now);
  await writeMemory(pageId, next);
  await browser.notifications.clear(notificationIdOf(pageId));
  return next;
}

/** Until when the page's reminders are snoozed; undefined when they are not (or no longer). */
export async function snoozedUntil(pageId: PageId, now = Date.now()): Promise<number | undefined> {
  const until = (await readMemory(pageId)).snoozedUntil;
  return until !== undefined && until > now ? until : undefined;
}
