import browser from 'webextension-polyfill';
import type { PageId } from '../store/page-id';

/** Which tracked page a tab shows, as its content script last reported (with the tab's URL then). */
export interface TabPage {
  pageId: PageId;
  url: string;
}

/**
 * Kept in session storage, not in the worker: it must outlive a stopped worker, and it means
 * nothing after the browser restarts (tab ids start over), which is when session storage clears.
 */
const PREFIX = 'tab:';

export async function rememberTabPage(tabId: number, tabPage: TabPage): Promise<void> {
  await browser.storage.session.set({ [PREFIX + tabId]: tabPage });
}

export async function forgetTabPage(tabId: number): Promise<void> {
  await browser.storage.session.remove(PREFIX + tabId);
}

export async function tabPageOf(tabId: number): Promise<TabPage | undefined> {
  const key = PREFIX + tabId;
  return (await browser.storage.session.get(key))[key] as TabPage | undefined;
}

export async function readTabPages(): Promise<Map<number, TabPage>> {
  const all = await browser.storage.session.get(null);
  const tabs = new Map<number, TabPage>();
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(PREFIX)) tabs.set(Number(key.slice(PREFIX.length)), value as TabPage);
  }
  return tabs;
}
