import { GECKO_ID } from '../../../scripts/firefox-manifest';
import { until, type FirefoxSession } from './firefox-session';

/**
 * Stops the extension's background as Firefox does when an event page idles out: the add-on's
 * own terminateBackground (what about:debugging's "Terminate background script" calls), reached
 * in chrome scope. Resolves once no background page is left; the next event wakes a new one.
 */
export async function stopBackground(session: FirefoxSession): Promise<void> {
  await session.privileged(`WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension.terminateBackground().then(() => true)`);
  await until(() => session.ext(() => chrome.extension.getBackgroundPage() === null), 'the background to stop');
}

/** A mark left on the running background page's global: a woken one has none. */
export function markBackground(session: FirefoxSession): Promise<void> {
  return session.ext(() => void ((chrome.extension.getBackgroundPage() as unknown as { animateurMark?: boolean }).animateurMark = true));
}

export function backgroundMarked(session: FirefoxSession): Promise<boolean | undefined> {
  return session.ext(() => (chrome.extension.getBackgroundPage() as unknown as { animateurMark?: boolean } | null)?.animateurMark);
}
