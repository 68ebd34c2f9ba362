import browser from 'webextension-polyfill';
import { DAY_MS } from '../../insights/day';
import { ideaTitleKey } from '../../insights/ideas';
import { pickNudges } from '../../insights/nudges';
import type { Db } from '../../store/db';
import type { PageId } from '../../store/page-id';
import type { SiteId } from '../../sites/types';
import { formatCount, formatSpan, pageName, tForSite } from '../../ui/format';
import { t } from '../../ui/i18n';
import type { PageState } from '../page-states';
import { pageAndSummary, readNudgeInput } from '../page-views';
import { SNOOZE_DAYS } from './decide';
import { hasNotificationButtons } from './notification-buttons';

/** The id names the page, so a click on a notification finds what to open after any worker restart. */
const PREFIX = 'reminder:';

export function notificationIdOf(pageId: PageId): string {
  return PREFIX + pageId;
}

export function pageIdOfNotification(id: string): PageId | undefined {
  return id.startsWith(PREFIX) ? id.slice(PREFIX.length) : undefined;
}

/** Button order on the notification; the snooze handler reads the index it is given. */
export const SNOOZE_BUTTONS = [
  { days: SNOOZE_DAYS.day, label: 'reminderSnoozeDay' },
  { days: SNOOZE_DAYS.week, label: 'reminderSnoozeWeek' },
] as const;

/** "Your 1,240 followers have not heard from you in 6 days — idea: A poll on …" */
export function reminderMessage(days: number, followers: number | undefined, ideaTitle: string | undefined, site: SiteId): string {
  const duration = formatSpan(days);
  // "Your 1 followers" reads wrong in every language; one follower is as good as unknown here.
  const silence =
    followers !== undefined && followers >= 2
      ? tForSite(site, 'reminderFollowersWaiting', [formatCount(followers), duration])
      : tForSite(site, 'reminderSilent', duration);
  return ideaTitle ? t('reminderIdea', [silence, ideaTitle]) : silence;
}

/**
 * Reads what the message needs of one page: its follower count and today's first idea for it, as
 * the popup shows it; read ahead from the page's summary, as the overlay's glance is (2 rounds of
 * answers at 2.7 posts a day, where walking down one post a round took 33).
 */
export async function reminderText(db: Db, { page, cadence }: PageState, now: number): Promise<string> {
  const [, ahead] = await pageAndSummary(db, page.id);
  const input = await readNudgeInput(db, page, now, now, ahead);
  const idea = pickNudges(input)[0];
  return reminderMessage(
    Math.floor((cadence.sinceMs ?? 0) / DAY_MS),
    input.followers.at(-1)?.count,
    idea && tForSite(page.site, ideaTitleKey(idea.ideaId)),
    page.site,
  );
}

export async function showReminder(db: Db, state: PageState, now: number): Promise<void> {
  const options: browser.Notifications.CreateNotificationOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('reminderTitle', [pageName(state.page), t(`site_${state.page.site}`)]),
    message: await reminderText(db, state, now),
  };
  const buttons = hasNotificationButtons() ? { buttons: SNOOZE_BUTTONS.map((button) => ({ title: t(button.label) })) } : {};
  await browser.notifications.create(notificationIdOf(state.page.id), { ...options, ...buttons } as browser.Notifications.CreateNotificationOptions);
}
