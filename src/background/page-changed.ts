import browser from 'webextension-polyfill';
import type { PageChanged } from '../messages';
import type { PageId } from '../store/page-id';
import { readTabPages } from './tab-pages';

/**
 * A surface changed a page ("I just posted" in the popup, an idea answered in the overlay, a goal
 * in the options): the others show it at once instead of at their next reload. The tabs showing
 * that page hear it through their content script (the overlay); the extension's own pages (popup,
 * options) through the runtime. Nobody listening is the usual case, not an error.
 */
export async function announcePageChange(pageId: PageId): Promise<void> {
  const message: PageChanged = { type: 'page-changed', pageId };
  try {
    const tabs = [...(await readTabPages())].filter(([, shown]) => shown.pageId === pageId).map(([tabId]) => tabId);
    await Promise.all([
      browser.runtime.sendMessage(message).catch(() => undefined),
      ...tabs.map((tabId) => browser.tabs.sendMessage(tabId, message).catch(() => undefined)),
    ]);
  } catch (error) {
    // The change is stored; only the news of it was lost, which the next reload makes up for.
    console.debug('Animateur: could not tell the other surfaces', error);
  }
}
