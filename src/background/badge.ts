import browser from 'webextension-polyfill';
import { shownState, type ShownState } from '../ui/cadence-text';
import { DAY_MS } from '../insights/day';
import { database } from './database';
import { readPageStates, type PageState } from './page-states';
import { wantsReminders } from './reminders/decide';
import { pageName } from '../ui/format';
import { t, tPlural } from '../ui/i18n';
import type { IngestResult } from './ingest';
import { forgetTabPage, readTabPages, rememberTabPage, tabPageOf } from './tab-pages';

/** A watched page's days are shown in grey: its silence is not the admin's to end. */
const BACKGROUND: Record<ShownState, string> = {
  'on-track': '#2e7d32',
  'due-soon': '#f2a900',
  overdue: '#c62828',
  unknown: '#757575',
  watched: '#757575',
};
/** Dark text on amber: white on it is hard to read. */
const TEXT: Record<ShownState, string> = { 'on-track': '#ffffff', 'due-soon': '#000000', overdue: '#ffffff', unknown: '#ffffff', watched: '#ffffff' };

/** Days since the last own status, as the badge shows it (about four characters fit). */
function badgeDays(cadence: PageState['cadence']): string {
  if (cadence.sinceMs === undefined) return '';
  const days = Math.floor(cadence.sinceMs / DAY_MS);
  return days > 999 ? '999+' : String(days);
}

/** The icon's tooltip says what its number is: a page's silence on its tab, the overdue count elsewhere. */
function overdueTitle(overdue: number): string {
  return overdue ? tPlural('badgeTitleOverdue', overdue, [String(overdue)]) : t('badgeTitleNoneOverdue');
}

function pageTitle(state: PageState): string {
  const name = pageName(state.page);
  if (state.cadence.sinceMs === undefined) return t('badgeTitlePageUndated', name);
  const days = Math.floor(state.cadence.sinceMs / DAY_MS);
  // "0 days since …" is the badge's arithmetic, not how anyone says it.
  return days === 0 ? t('badgeTitlePageToday', name) : tPlural('badgeTitlePage', days, [name, String(days)]);
}

/**
 * The toolbar badge: on a tab showing a tracked page, the days since that page's last own status
 * in its state's colour; on any other tab, how many of the admin's pages are overdue (empty when
 * none). Only pages reminders apply to are counted: a watched page's silence is not the admin's to end.
 */
export async function showBadges(states: readonly PageState[]): Promise<void> {
  const overdue = states.filter((s) => wantsReminders(s.page) && s.cadence.state === 'overdue').length;
  await browser.action.setBadgeText({ text: overdue ? String(overdue) : '' });
  await browser.action.setBadgeBackgroundColor({ color: BACKGROUND.overdue });
  await browser.action.setBadgeTextColor({ color: TEXT.overdue });
  await browser.action.setTitle({ title: overdueTitle(overdue) });

  for (const [tabId, { pageId }] of await readTabPages()) {
    const state = states.find((s) => s.page.id === pageId);
    try {
      if (!state) {
        await releaseTab(tabId); // the page is no longer tracked
        continue;
      }
      const kind = shownState(state.page, state.cadence);
      await browser.action.setBadgeText({ tabId, text: badgeDays(state.cadence) });
      await browser.action.setBadgeBackgroundColor({ tabId, color: BACKGROUND[kind] });
      await browser.action.setBadgeTextColor({ tabId, color: TEXT[kind] });
      await browser.action.setTitle({ tabId, title: pageTitle(state) });
    } catch {
      // The tab was closed before its onRemoved reached us.
      await forgetTabPage(tabId);
    }
  }
}

let refreshing: Promise<void> | undefined;
let queued: Promise<void> | undefined;

/**
 * Refreshes every badge from the store. A refresh reads every tracked page and sets every tab's
 * badge, so one per observation made a burst (200 tabs restored at once) quadratic: the worker
 * stopped answering for over a minute. Calls made while one runs now share a single run after it,
 * which reads all their writes. Only work in flight is held here: a stopped worker loses a
 * refresh at most, which the next observation or tab switch makes again.
 */
export function refreshBadges(): Promise<void> {
  if (!refreshing) {
    refreshing = database()
      .then((db) => readPageStates(db, Date.now()))
      .then(showBadges)
      .finally(() => (refreshing = undefined));
    return refreshing;
  }
  queued ??= refreshing
    .catch(() => undefined)
    .then(() => {
      queued = undefined;
      return refreshBadges();
    });
  return queued;
}

/** A tab moved to another URL: until its content script reports again, it shows the global count. */
export async function tabNavigated(tabId: number, url: string): Promise<void> {
  const known = await tabPageOf(tabId);
  if (known && known.url !== url) await releaseTab(tabId);
}

/**
 * A content script reported what its tab shows: the tab now stands for that page (or for none,
 * when the page is not tracked), and the page's new posts may have changed its count.
 */
export async function afterObservation(tabId: number, url: string | undefined, result: IngestResult): Promise<void> {
  if (result.tracked) {
    await rememberTabPage(tabId, { pageId: result.pageId, url: url ?? '' });
    await refreshBadges();
  } else if (await tabPageOf(tabId)) {
    await releaseTab(tabId);
  }
}

/** The tab shows no tracked page any more: it falls back to the global count. */
async function releaseTab(tabId: number): Promise<void> {
  await forgetTabPage(tabId);
  await browser.action.setBadgeText({ tabId, text: null });
  // Chrome has no way to clear a tab's own title: it gets the global one (the overdue count).
  await browser.action.setTitle({ tabId, title: await browser.action.getTitle({}) });
}
