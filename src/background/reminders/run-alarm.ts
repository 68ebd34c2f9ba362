import { database } from '../database';
import { showBadges } from '../badge';
import { readPageStates } from '../page-states';
import { checkReminders } from './check-reminders';

/** Each alarm: the badge's day counts move on, and pages that became overdue are reminded of. */
export async function runReminderAlarm(now = Date.now()): Promise<void> {
  const db = await database();
  const states = await readPageStates(db, now);
  await showBadges(states);
  await checkReminders(db, states, now);
}
