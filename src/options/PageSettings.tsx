import { useState } from 'preact/hooks';
import { wantsReminders } from '../background/reminders/decide';
import { DEFAULT_GOAL_DAYS, usualDays } from '../insights/cadence';
import { sendToBackground, type PageListItem } from '../messages';
import { ideaTitleKey } from '../insights/ideas';
import type { IdeaRecord, PageRole } from '../store/db';
import { isGoalDays, MAX_GOAL_DAYS } from '../store/goal';
import { formatDays, pageName, siteLabel, tForSite } from '../ui/format';
import { t } from '../ui/i18n';
import { useNotice } from './use-notice';
import { ReminderSnooze } from '../ui/ReminderSnooze';

/** The goal choices offered; "default" keeps following the platform's own rhythm. */
const GOALS = [1, 2, 3, 4, 5, 7, 10, 14, 21, 30];

export interface PageSettingsProps {
  item: PageListItem;
  /** Reminders on at all: off, the page's own box has nothing to say and is greyed out. */
  remindersEnabled: boolean;
  /** This page's ideas marked "Not for me", which can be brought back. */
  dismissed: readonly IdeaRecord[];
  onChanged: () => Promise<void>;
  /** The page and its data are gone: the list says so, since this card goes with them. */
  onDeleted: (name: string) => void;
}

/** One tracked page: its goal, whether it is the admin's own, reminders, its set-aside ideas, and forgetting it. */
export function PageSettings({ item, remindersEnabled, dismissed, onChanged, onDeleted }: PageSettingsProps) {
  const { page } = item;
  const [confirming, setConfirming] = useState(false);
  const { notice, show, clear } = useNotice<'saved' | 'failed' | 'restored'>();
  /** Shows the outcome only once the worker said it was stored: never a "Saved." for a lost change. */
  const act = async (write: () => Promise<boolean>, success: 'saved' | 'restored') => {
    clear();
    const stored = await write().catch(() => false);
    if (!stored) return show('failed', true);
    show(success);
    await onChanged();
  };
  const update = (change: Partial<{ goalDays: number | null; role: PageRole; muted: boolean }>) =>
    act(async () => {
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
      return reply?.updated === true;
    }, 'saved');
  const restore = (ideaId: string) =>
    act(async () => (await sendToBackground<'restore-idea'>({ type: 'restore-idea', pageId: page.id, ideaId })).restored, 'restored');
  const name = pageName(page);
  // Where no goal is set, the page's own rhythm is offered as one (a goal of more than two months is none).
  const usual = usualDays(item.cadence);
  const learned = page.goalDays === undefined && usual !== undefined && usual <= MAX_GOAL_DAYS ? usual : undefined;
  // A valid goal outside the usual choices (a learned 6 days) is offered too, so the choice shows it.
  const goals = [...new Set([...GOALS, ...(isGoalDays(page.goalDays) ? [page.goalDays] : [])])].sort((a, b) => a - b);
  const id = (field: string) => `${field}-${page.id}`;
  return (
    <article class="page-settings" data-testid="page-settings" data-page-id={page.id} aria-label={name}>
      <h3>
        {name} <span class="muted small">{siteLabel(page.site)}</span>
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
            {goals.map((days) => (
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
      {learned !== undefined && (
        <p class="learned-rhythm" data-testid="learned-rhythm">
          {t(`${learned === 1 ? 'learnedRhythmDaily' : 'learnedRhythm'}${page.role === 'watch' ? 'Peer' : ''}`, formatDays(learned))}{' '}
          <button type="button" class="button-link" onClick={() => void update({ goalDays: learned })}>
            {t('useAsGoal')}
          </button>
        </p>
      )}
      <label class={remindersEnabled ? 'checkbox' : 'checkbox is-off'}>
        <input
          type="checkbox"
          checked={wantsReminders(page)}
          disabled={!remindersEnabled}
          onChange={(e) => void update({ muted: !e.currentTarget.checked })}
        />
        {t('remindPage')}
      </label>
      {dismissed.length > 0 && (
        <div class="dismissed-ideas">
          <h4>{t('dismissedIdeasHeading')}</h4>
          <ul>
            {dismissed.map((idea) => (
              <li key={idea.ideaId} data-testid="dismissed-idea">
                <span>{tForSite(page.site, ideaTitleKey(idea.ideaId))}</span>
                <button type="button" class="button-link" onClick={() => void restore(idea.ideaId)}>
                  {t('restoreIdea')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {wantsReminders(page) && <ReminderSnooze pageId={page.id} />}
      <div class="page-actions">
        {notice && (
          <span class={notice === 'failed' ? 'save-error' : 'saved'} role={notice === 'failed' ? 'alert' : 'status'}>
            {t(notice === 'failed' ? 'notSaved' : notice === 'restored' ? 'ideaRestored' : 'saved')}
          </span>
        )}
        {confirming ? (
          <span class="confirm" role="group" aria-label={t('untrackConfirm', name)}>
            <span>{t('untrackConfirm', name)}</span>
            <button
              type="button"
              class="button-danger"
              onClick={async () => {
                clear();
                const { deleted } = await sendToBackground<'delete-page'>({ type: 'delete-page', pageId: page.id }).catch(() => ({ deleted: false }));
                if (!deleted) return show('failed', true);
                onDeleted(name);
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
