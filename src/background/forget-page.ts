import browser from 'webextension-polyfill';
import { offerViewId, viewKey } from '../overlay/view-memory';
import type { Db } from '../store/db';
import type { PageId } from '../store/page-id';
import { deletePageData } from '../store/pages';
import { memoryKeyOf } from './reminders/memory';
import { notificationIdOf } from './reminders/notification';

/**
 * "Stop tracking and delete": everything the extension keeps about the page goes, as the README
 * promises. Its records in IndexedDB, and beside them in extension storage the overlay's view
 * (as a panel and as an offer) and the reminders' memory, and its notification if one is shown.
 */
export async function forgetPage(db: Db, pageId: PageId): Promise<void> {
  await deletePageData(db, pageId);
  await browser.storage.local.remove([viewKey(pageId), viewKey(offerViewId(pageId)), memoryKeyOf(pageId)]);
  await browser.notifications.clear(notificationIdOf(pageId));
}
