import { useState } from 'preact/hooks';
import { wantsReminders } from '../background/reminders/decide';
import { DEFAULT_GOAL_DAYS } from '../insights/cadence';
import { sendToBackground, type PageListItem } from '../messages';
import type { PageRole } from '../store/db';
import { isGoalDays } from '../store/goal';
import { formatDays, pageName } from '../ui/format';
import { t } from '../ui/i18n';
import { ReminderSnooze } from '../ui/ReminderSnooze';

/** The goal choices offered; "default" keeps following the platform's own rhythm. */
const GOALS = [1, 2, 3, 4, 5, 7, 10, 14, 21, 30];

/** One tracked page: its goal, whether it is the admin's own, reminders, and forgetting it. */
export function PageSettings({ item, onChanged }: { item: PageListItem; onChanged: () => Promise<void> }) {
  const { page } = item;
  const [confirming, setConfirming] = useState(false);
  // Said only once the worker took the change; a change it refused is said refused.
  const [saved, setSaved] = useState<boolean>();
  const update = async (change: Partial<{ goalDays: number | null; role: PageRole; muted: boolean }>) => {
    const reply = await sendToBackground<'update-page'>({
      type: 'update-page',
      pageId: page.id,
      // A goal the worker would refuse (from an old backup) is not sent back: the default replaces it.
      goalDays: isGoalDays(page.goalDays) ? page.goalDays : null,
      role: page.role,
      // Unset, reminders follow the role (own pages on, watched ones off): keep it unset until chosen.
      ...(page.muted !== undefined && { muted: page.muted }),
      ...change,
    });
    // A refused message gets no reply at all.
    setSaved(reply?.updated === true);
    await onChanged();
  };
  const name = pageName(page);
  const id = (field: string) => `${field}-${page.id}`;
  return (
    <article class="page-settings" data-testid="page-settings" data-page-id={page.id} aria-label={name}>
      <h3>
        {name} <span class="muted small">{t(`site_${page.site}`)}</span>
      </h3>
      <div class="fields">
        <div class="field">
          <label for={id('goal')}>{t('goalLabel')}</label>
          <select
            id={id('goal')}
            value={page.goalDays ?? ''}
            onChange={(e) => void update({ goalDays: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
          >
            <option value="">{t('goalDefault', formatDays(DEFAULT_GOAL_DAYS[page.site]))}</option>
            {GOALS.map((days) => (
              <option key={days} value={days}>
                {formatDays(days)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={id('role')}>{t('roleLabel')}</label>
          <select id={id('role')} value={page.role} onChange={(e) => void update({ role: e.currentTarget.value as PageRole })}>
            <option value="mine">{t('roleMineLong')}</option>
            <option value="watch">{t('roleWatchLong')}</option>
          </select>
        </div>
      </div>
      <label class="checkbox">
        <input type="checkbox" checked={wantsReminders(page)} onChange={(e) => void update({ muted: !e.currentTarget.checked })} />
        {t('remindPage')}
      </label>
      {wantsReminders(page) && <ReminderSnooze pageId={page.id} />}
      <div class="page-actions">
        {saved === true && (
          <span class="saved" role="status">
            {t('saved')}
          </span>
        )}
        {saved === false && (
          <span class="import-error" role="alert">
            {t('notSaved')}
          </span>
        )}
        {confirming ? (
          <span class="confirm" role="group" aria-label={t('untrackConfirm', name)}>
            <span>{t('untrackConfirm', name)}</span>
            <button
              type="button"
              class="button-danger"
              onClick={async () => {
                await sendToBackground<'delete-page'>({ type: 'delete-page', pageId: page.id });
                await onChanged();
              }}
            >
              {t('untrackYes')}
            </button>
            <button type="button" class="button-quiet" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="button-link untrack" onClick={() => setConfirming(true)}>
            {t('untrack')}
          </button>
        )}
      </div>
    </article>
  );
}
