import browser from 'webextension-polyfill';

export const REMINDER_ALARM = 'reminders';
/** Often enough to catch the end of quiet hours and snoozes within half an hour; never more. */
export const REMINDER_PERIOD_MINUTES = 30;

/**
 * Makes sure the periodic check exists, at every worker start: Chrome may drop alarms when the
 * browser restarts. An existing alarm is left alone, so frequent wake-ups never push it back.
 */
export async function ensureReminderAlarm(): Promise<void> {
  const alarm = await browser.alarms.get(REMINDER_ALARM);
  if (alarm?.periodInMinutes === REMINDER_PERIOD_MINUTES) return;
  await browser.alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: REMINDER_PERIOD_MINUTES });
}
