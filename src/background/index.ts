// The service worker only wires listeners, synchronously at top level, so that an event that
// wakes a stopped worker finds its listener registered. It keeps no state of its own.
import browser from 'webextension-polyfill';
import { refreshBadges, tabNavigated } from './badge';
import { database } from './database';
import { handleMessage } from './handle-message';
import { syncMastodonScripts } from './mastodon-hosts';
import { ensureReminderAlarm, REMINDER_ALARM } from './reminders/alarm';
import { openReminderPage, snoozeReminder } from './reminders/notification-actions';
import { hasNotificationButtons } from './reminders/notification-buttons';
import { runReminderAlarm } from './reminders/run-alarm';
import { session } from './session-area';
import { retryPending } from './store-guard';
import { forgetTabPage } from './tab-pages';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  handleMessage(message, sender),
);

browser.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name !== REMINDER_ALARM) return;
  // Observations a full disk refused wait for room; the periodic alarm tries them again.
  await retryPending(await database(), session, Date.now()).catch(() => undefined);
  await runReminderAlarm();
});
browser.notifications.onClicked.addListener((id) => void openReminderPage(id));
// Firefox has no notification buttons: there a click opens the page, and snoozing is in the popup and options.
if (hasNotificationButtons()) browser.notifications.onButtonClicked.addListener((id, index) => void snoozeReminder(id, index));

browser.tabs.onActivated.addListener(() => void refreshBadges());
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url) void tabNavigated(tabId, change.url);
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTabPage(tabId));

// A Mastodon instance the admin granted (or took back) gets (or loses) the content script.
browser.permissions.onAdded.addListener(() => void syncMastodonScripts());
browser.permissions.onRemoved.addListener(() => void syncMastodonScripts());

// The badge is not kept across browser restarts, and alarms may not be: both are made again.
browser.runtime.onStartup.addListener(() => void refreshBadges());
browser.runtime.onInstalled.addListener(() => {
  void refreshBadges();
  void syncMastodonScripts();
});
void ensureReminderAlarm();
