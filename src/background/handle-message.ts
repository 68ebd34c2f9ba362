import browser from 'webextension-polyfill';
import type { BackgroundMessage, BackgroundReply } from '../messages';
import { database } from '../store/connection';
import { pageIdOf } from '../store/page-id';
import { deletePageData } from '../store/pages';
import { ingestObservation } from './ingest';
import { readSettings, recordManualPost, saveIdeaAction, saveSettings, updatePage } from './page-edits';
import { listPageItems, pageDetail, pageGlance } from './page-views';
import { validateBackgroundMessage } from './validate-message';

type AnyReply = BackgroundReply<BackgroundMessage['type']>;

/** What a content script (running inside a web page) may ask; the rest is for extension pages. */
const FROM_CONTENT = new Set<BackgroundMessage['type']>(['observation', 'track-page', 'page-glance', 'record-post', 'idea-action']);

/**
 * Answers one request. Only our own extension's contexts may talk to us, and only with
 * messages that pass validation; anything else is dropped (undefined: no reply).
 */
export async function handleMessage(raw: unknown, sender: browser.Runtime.MessageSender): Promise<AnyReply | undefined> {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = validateBackgroundMessage(raw);
  const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('')) ?? false;
  if (!message || (!fromExtensionPage && !FROM_CONTENT.has(message.type))) {
    console.debug('Animateur: dropped a malformed or misdirected message', raw);
    return undefined;
  }
  const db = await database();
  const now = Date.now();
  switch (message.type) {
    case 'observation': {
      const result = await ingestObservation(db, message.observation, now);
      return { tracked: result.tracked };
    }
    case 'track-page': {
      const result = await ingestObservation(db, message.observation, now, { role: message.role });
      return { pageId: result.tracked ? result.pageId : '' };
    }
    case 'list-pages':
      return listPageItems(db, now);
    case 'page-detail':
      return pageDetail(db, message.pageId, now);
    case 'page-glance':
      return pageGlance(db, pageIdOf(message.site, message.handle), now);
    case 'record-post':
      return { recorded: await recordManualPost(db, message.pageId, message.at, message.precision, now) };
    case 'idea-action':
      return { saved: await saveIdeaAction(db, message.pageId, message.ideaId, message.action, now) };
    case 'update-page':
      return { updated: await updatePage(db, message.pageId, message) };
    case 'delete-page':
      await deletePageData(db, message.pageId);
      return { deleted: true };
    case 'get-settings':
      return readSettings(db);
    case 'set-settings':
      return saveSettings(db, message.settings);
  }
}
