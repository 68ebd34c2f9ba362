import browser from 'webextension-polyfill';
import type { BackgroundMessage, BackgroundReply } from '../messages';
import { listPageSummaries } from '../store/page-summary';
import { afterObservation } from './badge';
import { database } from './database';
import { session } from './session-area';
import { guardedIngest, storeStatus } from './store-guard';
import { validateBackgroundMessage } from './validate-message';

type AnyReply = BackgroundReply<BackgroundMessage['type']>;

/**
 * Answers one request. Only our own extension's contexts may talk to us, and only with
 * messages that pass validation; anything else is dropped (undefined: no reply).
 */
export async function handleMessage(raw: unknown, sender: browser.Runtime.MessageSender): Promise<AnyReply | undefined> {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = validateBackgroundMessage(raw);
  if (!message) {
    console.debug('Animateur: dropped a malformed message', raw);
    return undefined;
  }
  const db = await database();
  switch (message.type) {
    case 'observation': {
      const result = await guardedIngest(db, session, message.observation, Date.now());
      if (sender.tab?.id !== undefined) await afterObservation(sender.tab.id, sender.url ?? sender.tab.url, result);
      return { tracked: result.tracked };
    }
    case 'track-page': {
      const result = await guardedIngest(db, session, message.observation, Date.now(), { role: message.role });
      return { pageId: result.tracked ? result.pageId : '' };
    }
    case 'list-pages':
      return listPageSummaries(db);
    case 'store-status':
      return storeStatus(session);
  }
}
