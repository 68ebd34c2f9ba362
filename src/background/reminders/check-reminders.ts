import browser from 'webextension-polyfill';
import type { Db } from '../../store/db';
import { readSettings } from '../../store/settings';
import type { PageState } from '../page-states';
import { afterNotified, decideReminder } from './decide';
import { readMemory, writeMemory } from './memory';
import { notificationIdOf, showReminder } from './notification';

/**
 * One pass over every tracked page. What was notified is written before the notification is
 * shown: a worker stopped in between then misses one reminder rather than repeating it. A
 * reminder still on screen after the page posted again is no longer true, and is taken back.
 */
export async function checkReminders(db: Db, states: readonly PageState[], now: number): Promise<void> {
  const settings = await readSettings(db);
  for (const state of states) {
    const memory = await readMemory(state.page.id);
    const decision = decideReminder({ page: state.page, cadence: state.cadence, settings, memory, now });
    if (!decision.notify) {
      if (decision.why === 'not-overdue') await browser.notifications.clear(notificationIdOf(state.page.id));
      continue;
    }
    await writeMemory(state.page.id, afterNotified(decision.episodeStart));
    await showReminder(db, state, now);
  }
}
