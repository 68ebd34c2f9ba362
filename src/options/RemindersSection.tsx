import type { Settings } from '../store/db';
import { t } from '../ui/i18n';
import { useNotice } from './use-notice';

const toTime = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const toMinutes = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

export interface RemindersSectionProps {
  settings: Settings;
  /** Stores the whole settings and resolves once the page holds what was stored. */
  onSave: (settings: Settings) => Promise<void>;
}

/** Reminders on or off, and the hours they keep quiet. */
export function RemindersSection({ settings, onSave }: RemindersSectionProps) {
  const { notice, show, clear } = useNotice<'saved' | 'failed'>();
  const save = async (change: Partial<Settings>) => {
    clear();
    try {
      await onSave({ ...settings, ...change });
      show('saved');
    } catch (error) {
      console.debug('Animateur: settings not saved', error);
      show('failed', true);
    }
  };
  return (
    <section class="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('remindersHeading')}</h2>
      <label class="checkbox">
        <input type="checkbox" checked={settings.remindersEnabled} onChange={(e) => void save({ remindersEnabled: e.currentTarget.checked })} />
        {t('remindersEnabled')}
      </label>
      <fieldset class="quiet-hours" disabled={!settings.remindersEnabled}>
        <legend>{t('quietHours')}</legend>
        <label>
          {t('quietFrom')}{' '}
          <input type="time" value={toTime(settings.quietStart)} onChange={(e) => void save({ quietStart: toMinutes(e.currentTarget.value) })} />
        </label>
        <label>
          {t('quietTo')}{' '}
          <input type="time" value={toTime(settings.quietEnd)} onChange={(e) => void save({ quietEnd: toMinutes(e.currentTarget.value) })} />
        </label>
      </fieldset>
      {notice && (
        <p class={notice === 'saved' ? 'saved' : 'save-error'} role={notice === 'saved' ? 'status' : 'alert'}>
          {t(notice === 'saved' ? 'saved' : 'notSaved')}
        </p>
      )}
    </section>
  );
}
