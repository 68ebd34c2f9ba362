import type { Cadence } from '../../insights/cadence';
import type { PageRecord, Settings } from '../../store/db';
import { isQuietAt } from './quiet-hours';

/** What reminders remember of one page between runs (kept in storage, never in the worker). */
export interface ReminderMemory {
  /** lastOwnAt of the overdue episode already notified: one notification per silence. */
  notifiedEpisodeStart?: number;
  /** No reminder for this page before this time (the admin snoozed it). */
  snoozedUntil?: number;
}

export type ReminderDecision =
  | { notify: true; episodeStart: number }
  | { notify: false; why: 'off' | 'not-overdue' | 'quiet' | 'snoozed' | 'already-notified' };

/**
 * Reminders are on by default for the admin's own pages and off for watched ones (nobody can post
 * for a page they only watch); `muted` set either way overrides that default.
 */
export function wantsReminders(page: Pick<PageRecord, 'role' | 'muted'>): boolean {
  return page.muted === undefined ? page.role === 'mine' : !page.muted;
}

export interface ReminderInput {
  page: Pick<PageRecord, 'role' | 'muted'>;
  cadence: Pick<Cadence, 'state' | 'lastOwnAt'>;
  settings: Settings;
  memory: ReminderMemory;
  now: number;
}

/**
 * Whether to notify now. An overdue episode is one silence, named by the date of the status it
 * follows: it is notified once, then not again until a new status starts another episode or a
 * snooze the admin chose runs out. Quiet hours only delay: the next run after them notifies.
 */
export function decideReminder({ page, cadence, settings, memory, now }: ReminderInput): ReminderDecision {
  if (!settings.remindersEnabled || !wantsReminders(page)) return { notify: false, why: 'off' };
  if (cadence.state !== 'overdue' || cadence.lastOwnAt === undefined) return { notify: false, why: 'not-overdue' };
  if (memory.snoozedUntil !== undefined && now < memory.snoozedUntil) return { notify: false, why: 'snoozed' };
  const snoozeEnded = memory.snoozedUntil !== undefined;
  if (!snoozeEnded && memory.notifiedEpisodeStart === cadence.lastOwnAt) return { notify: false, why: 'already-notified' };
  if (isQuietAt(now, settings)) return { notify: false, why: 'quiet' };
  return { notify: true, episodeStart: cadence.lastOwnAt };
}

/** What to remember once a reminder went out: the episode, and no snooze left. */
export function afterNotified(episodeStart: number): ReminderMemory {
  return { notifiedEpisodeStart: episodeStart };
}

export const SNOOZE_DAYS = { day: 1, week: 7 } as const;

/**
 * A snooze keeps the episode notified, so that only the snooze's end brings the reminder back.
 * It ends at the same time on the local clock `days` later, even across a daylight-saving change.
 */
export function snoozed(memory: ReminderMemory, days: number, now: number): ReminderMemory {
  const until = new Date(now);
  until.setDate(until.getDate() + days);
  return { ...memory, snoozedUntil: until.getTime() };
}
