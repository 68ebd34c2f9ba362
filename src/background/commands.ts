import browser from 'webextension-polyfill';
import { sendToTab } from '../messages';

/** The manifest's keyboard shortcut to the overlay (the browser lets the admin change its keys). */
export const FOCUS_OVERLAY = 'focus-overlay';

/**
 * The overlay is appended last to the page, so Tab reached it only after every control of the
 * site (120 presses on X); the shortcut takes focus straight there, on the active tab.
 */
export async function runCommand(command: string): Promise<void> {
  if (command !== FOCUS_OVERLAY) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // A tab without our content script (not a supported site) has nothing to focus.
  if (tab?.id !== undefined) await sendToTab<'focus-overlay'>(tab.id, { type: 'focus-overlay' }).catch(() => false);
}
