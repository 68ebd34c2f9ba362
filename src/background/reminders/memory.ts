import browser from 'webextension-polyfill';
import type { PageId } from '../../store/page-id';
import type { ReminderMemory } from './decide';

/**
 * One key per page in extension storage, so that what was notified and snoozed survives a stopped
 * worker and a browser restart. Not in IndexedDB: it is the reminders' own bookkeeping, not the
 * page's data, and needs no schema step.
 */
export const memoryKeyOf = (pageId: PageId) => `reminder:${pageId}`;

export async function readMemory(pageId: PageId): Promise<ReminderMemory> {
  const key = memoryKeyOf(pageId);
  return ((await browser.storage.local.get(key))[key] as ReminderMemory | undefined) ?? {};
}

export async function writeMemory(pageId: PageId, memory: ReminderMemory): Promise<void> {
  await browser.storage.local.set({ [memoryKeyOf(pageId)]: memory });
}
