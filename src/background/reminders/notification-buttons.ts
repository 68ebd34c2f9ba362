import browser from 'webextension-polyfill';

/**
 * Whether reminders can carry "Snooze" buttons. Firefox has none: notifications.create refuses
 * them, and its notifications.onButtonClicked exists but reports "unimplemented" to the browser
 * console when listened to, at every background start. The background must know synchronously
 * (its listeners are registered at top level, before any await), and runtime.getBrowserInfo is
 * the one synchronous sign of Firefox's API; elsewhere buttons work. Snoozing from the popup and
 * the options works on every browser.
 */
export function hasNotificationButtons(): boolean {
  return !('getBrowserInfo' in browser.runtime);
}
