import { useEffect, useState } from 'preact/hooks';
import { SNOOZE_BUTTONS } from '../background/reminders/notification';
import { sendToBackground } from '../messages';
import type { PageId } from '../store/page-id';
import { formatShortDateTime } from './format';
import { t } from './i18n';

/**
 * "Snooze reminders" for one page, in the popup and the options: the same snooze as the
 * notification's buttons, which Firefox does not have. While snoozed, until when, and a way back.
 */
export function ReminderSnooze({ pageId }: { pageId: PageId }) {
  // null: not read yet; undefined: not snoozed.
  const [until, setUntil] = useState<number | undefined | null>(null);
  useEffect(() => {
    setUntil(null);
    sendToBackground<'reminder-snooze'>({ type: 'reminder-snooze', pageId }).then(
      (reply) => setUntil(reply.snoozedUntil),
      // Unread, the control stays away rather than offering a snooze that may already be on.
      (error) => console.debug('Animateur: could not read the reminder snooze', error),
    );
  }, [pageId]);
  const snooze = async (days: number | null) => {
    const reply = await sendToBackground<'snooze-reminders'>({ type: 'snooze-reminders', pageId, days });
    setUntil(reply.snoozedUntil);
  };
  if (until === null) return null;
  return (
    <div class="reminder-snooze" data-testid="reminder-snooze" role="group" aria-label={t('snoozeReminders')}>
      {until === undefined ? (
        <>
          <span>{t('snoozeReminders')}</span>
          {SNOOZE_BUTTONS.map((button) => (
            <button key={button.days} type="button" class="button-quiet" data-snooze-days={button.days} onClick={() => void snooze(button.days)}>
              {t(button.label)}
            </button>
          ))}
        </>
      ) : (
        <>
          <span data-testid="snoozed-until">{t('remindersSnoozedUntil', formatShortDateTime(until))}</span>
          <button type="button" class="button-quiet" data-testid="resume-reminders" onClick={() => void snooze(null)}>
            {t('remindersResume')}
          </button>
        </>
      )}
    </div>
  );
}
