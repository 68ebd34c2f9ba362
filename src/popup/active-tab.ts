import browser from 'webextension-polyfill';
import { sendToTab } from '../messages';
import { adapterFor } from '../sites';
import { mastodonAdapter } from '../sites/mastodon';
import type { Observation } from '../sites/types';

export interface ActiveTabPage {
  tabId: number;
  observation: Observation;
}

/** A Mastodon profile on an instance the extension may not read yet: the admin can allow it. */
export interface InstanceOffer {
  tabId: number;
  /** The host permission to ask for, "https://host/*". */
  origin: string;
  host: string;
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

/**
 * The active tab's address is visible here only because the admin opened the popup on it
 * (activeTab); a profile address (/@name) on a host that no other site owns may be a
 * Mastodon instance, which the admin can allow, one instance at a time.
 */
export async function instanceOffer(): Promise<InstanceOffer | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !tab.url) return null;
  let url: URL;
  try {
    url = new URL(tab.url);
  } catch {
    return null;
  }
  // Mastodon comes last among the adapters: it is the one only when no other site owns the host.
  if (url.protocol !== 'https:' || adapterFor(url) !== mastodonAdapter) return null;
  const origin = `https://${url.hostname}/*`;
  if (await browser.permissions.contains({ origins: [origin] })) return null;
  return { tabId: tab.id, origin, host: url.hostname };
}
