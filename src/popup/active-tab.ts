import browser from 'webextension-polyfill';
import { sendToTab } from '../messages';
import type { Observation } from '../sites/types';

export interface ActiveTabPage {
  tabId: number;
  observation: Observation;
}

/**
 * What the active tab's content script reads now, or null: a site we do not support (no
 * content script to answer), or a page of a supported site that is not trackable.
 */
export async function readActiveTab(): Promise<ActiveTabPage | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    const observation = await sendToTab<'read-page'>(tab.id, { type: 'read-page' });
    return observation ? { tabId: tab.id, observation } : null;
  } catch {
    return null;
  }
}
