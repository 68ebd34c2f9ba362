import browser from 'webextension-polyfill';
import { database } from '../database';
import { getPage } from '../../store/pages';
import { snoozed } from './decide';
import { readMemory, writeMemory } from './memory';
import { pageIdOfNotification, SNOOZE_BUTTONS } from './notification';

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
  if (!pageId || !button) return;
  await writeMemory(pageId, snoozed(await readMemory(pageId), button.days, now));
  await browser.notifications.clear(notificationId);
}
