import browser from 'webextension-polyfill';
import type { BackgroundMessage, BackgroundReply } from '../messages';
import { pageIdOf } from '../store/page-id';
import { afterObservation, refreshBadges } from './badge';
import { database } from './database';
import { forgetPage } from './forget-page';
import { enableInstance } from './mastodon-hosts';
import { readSettings, saveSettings } from '../store/settings';
import { snoozedUntil, snoozePageReminders } from './reminders/notification-actions';
import { recordManualPost, saveIdeaAction, updatePage } from './page-edits';
import { listPageItems, pageDetail, pageGlance } from './page-views';
import { namesSenderSite } from './sender-page';
import { session } from './session-area';
import { guardedIngest, storeStatus } from './store-guard';
import { validateBackgroundMessage } from './validate-message';

type AnyReply = BackgroundReply<BackgroundMessage['type']>;

/** What a content script (running inside a web page) may ask; the rest is for extension pages. */
const FROM_CONTENT = new Set<BackgroundMessage['type']>(['observation', 'track-page', 'page-glance', 'record-post', 'idea-action']);

/**
 * Answers one request. Only our own extension's contexts may talk to us, and only with
 * messages that pass validation; anything else is dropped and changes nothing.
 */
export async function handleMessage(raw: unknown, sender: browser.Runtime.MessageSender): Promise<AnyReply | undefined> {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = validateBackgroundMessage(raw);
  const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('')) ?? false;
  const fromContentOk = (m: BackgroundMessage) => FROM_CONTENT.has(m.type) && namesSenderSite(m, sender.url ?? sender.tab?.url);
  if (!message || (!fromExtensionPage && !fromContentOk(message))) {
    console.debug('Animateur: dropped a malformed or misdirected message', raw);
    // Our content script retries what goes unanswered; told it was refused, it stops.
    const ownObservation = (raw as { type?: unknown } | null)?.type === 'observation';
    return ownObservation ? { tracked: false, refused: true } : undefined;
  }
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
      const recorded = await recordManualPost(db, message.pageId, message.at, message.precision, now);
      // The page's badge counts from its last status, which may just have changed.
      if (recorded) await refreshBadges();
      return { recorded };
    }
    case 'idea-action':
      return { saved: await saveIdeaAction(db, message.pageId, message.ideaId, message.action, now) };
    case 'update-page': {
      const updated = await updatePage(db, message.pageId, message);
      if (updated) await refreshBadges();
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
      await refreshBadges();
      return { deleted: true };
    case 'get-settings':
      return readSettings(db);
    case 'set-settings':
      return saveSettings(db, message.settings);
    case 'enable-instance':
      return { enabled: await enableInstance(message.tabId, message.origin) };
  }
}
