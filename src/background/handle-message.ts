import browser from 'webextension-polyfill';
import type { BackgroundMessage, BackgroundReply } from '../messages';
import { pageIdOf } from '../store/page-id';
import { dismissedIdeas, restoreIdea } from '../store/ideas';
import { afterObservation, refreshBadges } from './badge';
import { database } from './database';
import { forgetPage } from './forget-page';
import { injectOverlay } from './inject-overlay';
import { enableInstance } from './mastodon-hosts';
import { announcePageChange } from './page-changed';
import { dashboardPage, dashboardRows } from './dashboard-views';
import { readSettings, saveSettings } from '../store/settings';
import { recordManualPost, removeManualPost, saveIdeaAction, updatePage } from './page-edits';
import { snoozedUntil, snoozePageReminders } from './reminders/notification-actions';
import { listPageItems, pageDetail, pageGlance } from './page-views';
import { namesSenderSite } from './sender-page';
import { session } from './session-area';
import { guardedIngest, storeStatus } from './store-guard';
import { validateBackgroundMessage } from './validate-message';
import { readDates } from './read-dates';
import { parseCount } from '../parse/count';

type AnyReply = BackgroundReply<BackgroundMessage['type']>;

/** What a content script (running inside a web page) may ask; the rest is for extension pages. */
const FROM_CONTENT = new Set<BackgroundMessage['type']>(['observation', 'track-page', 'page-glance', 'record-post', 'remove-manual-post', 'idea-action']);
/**
 * What any content script may ask whatever page it is on: it names no page and changes nothing
 * stored (the overlay is injected into the sender's own tab only).
 */
const FROM_ANY_CONTENT = new Set<BackgroundMessage['type']>(['read-dates', 'read-counts', 'load-overlay']);

/**
 * Answers one request. Only our own extension's contexts may talk to us, and only with
 * messages that pass validation; anything else is dropped and changes nothing.
 */
export async function handleMessage(raw: unknown, sender: browser.Runtime.MessageSender): Promise<AnyReply | undefined> {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = validateBackgroundMessage(raw);
  const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('')) ?? false;
  const fromContentOk = (m: BackgroundMessage) =>
    FROM_ANY_CONTENT.has(m.type) || (FROM_CONTENT.has(m.type) && namesSenderSite(m, sender.url ?? sender.tab?.url));
  if (!message || (!fromExtensionPage && !fromContentOk(message))) {
    console.debug('Animateur: dropped a malformed or misdirected message', raw);
    // Our content script retries what goes unanswered; told it was refused, it stops.
    const ownObservation = (raw as { type?: unknown } | null)?.type === 'observation';
    return ownObservation ? { tracked: false, refused: true } : undefined;
  }
  // Before the database: reading dates or counts and injecting the overlay need none.
  if (message.type === 'read-dates') return readDates(message.texts, message.locale, message.now);
  if (message.type === 'read-counts') return message.texts.map((text) => parseCount(text, message.locale));
  if (message.type === 'load-overlay') return { loaded: await injectOverlay(sender) };
  const db = await database();
  const now = Date.now();
  switch (message.type) {
    case 'observation': {
      const result = await guardedIngest(db, session, message.observation, now);
      if (sender.tab?.id !== undefined) await afterObservation(sender.tab.id, sender.url ?? sender.tab.url, result);
      // Posts past the day's cap are refused for good: the sender must not send them again.
      return result.tracked && result.refusedPosts ? { tracked: true, refused: true } : { tracked: result.tracked };
    }
    case 'track-page': {
      const result = await guardedIngest(db, session, message.observation, now, { role: message.role });
      return { pageId: result.tracked ? result.pageId : '' };
    }
    case 'list-pages':
      return listPageItems(db, now);
    case 'store-status':
      return storeStatus(session);
    case 'page-detail':
      return pageDetail(db, message.pageId, now);
    case 'page-glance':
      return pageGlance(db, pageIdOf(message.site, message.handle), now);
    case 'record-post': {
      const postId = await recordManualPost(db, message.pageId, message.at, message.precision, now);
      // The page's badge counts from its last post, which may just have changed.
      if (postId) await Promise.all([refreshBadges(), announcePageChange(message.pageId)]);
      return postId ? { recorded: true, postId } : { recorded: false };
    }
    case 'remove-manual-post': {
      const removed = await removeManualPost(db, message.pageId, message.postId);
      if (removed) await Promise.all([refreshBadges(), announcePageChange(message.pageId)]);
      return { removed };
    }
    case 'idea-action': {
      const saved = await saveIdeaAction(db, message.pageId, message.ideaId, message.action, now);
      if (saved) await announcePageChange(message.pageId);
      return { saved };
    }
    case 'dismissed-ideas':
      return dismissedIdeas(db);
    case 'restore-idea': {
      const restored = await restoreIdea(db, message.pageId, message.ideaId, now);
      if (restored) await announcePageChange(message.pageId);
      return { restored };
    }
    case 'dashboard-pages':
      return dashboardRows(db, now);
    case 'dashboard-page':
      return dashboardPage(db, message.pageId, message.range, message.timeZone, now);
    case 'update-page': {
      const updated = await updatePage(db, message.pageId, message);
      if (updated) await Promise.all([refreshBadges(), announcePageChange(message.pageId)]);
      return { updated };
    }
    case 'snooze-reminders': {
      const { snoozedUntil: until } = await snoozePageReminders(message.pageId, message.days, now);
      return until === undefined ? {} : { snoozedUntil: until };
    }
    case 'reminder-snooze': {
      const until = await snoozedUntil(message.pageId, now);
      return until === undefined ? {} : { snoozedUntil: until };
    }
    case 'delete-page':
      await forgetPage(db, message.pageId);
      await Promise.all([refreshBadges(), announcePageChange(message.pageId)]);
      return { deleted: true };
    case 'get-settings':
      return readSettings(db);
    case 'set-settings':
      return saveSettings(db, message.settings);
    case 'enable-instance':
      return { enabled: await enableInstance(message.tabId, message.origin) };
  }
}
