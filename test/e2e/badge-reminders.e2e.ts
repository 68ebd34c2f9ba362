import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPopup } from './harness/popup';
import { fireReminderAlarm, remindAtAnyHour } from './harness/reminders';
import { startSession, type Session } from './harness/session';
import { DIST, extensionUrl, POPUP_PAGE } from './harness/extension-browser';
import { unpackedExtensionId } from './harness/window-profile';

const DAY = 86_400_000;
/** The saved X profile's newest own status: long overdue. */
const OVERDUE_LAST = Date.parse('2025-11-02T23:31:49.000Z');
/** A made-up profile that posted two hours ago: on track. */
const FRESH_LAST = Date.now() - 2 * 3_600_000;
const profile = (handle: string, postAt: number) => `<!doctype html><html lang="en"><body>
  <div data-testid="UserName"><span>${handle}</span></div>
  <a href="/${handle}/followers">1,240 Followers</a>
  <article data-testid="tweet">
    <a href="/${handle}/status/1990000000000000001"><time datetime="${new Date(postAt).toISOString()}">2h</time></a>
    <div data-testid="tweetText">Croissants are out of the oven</div>
  </article>
</body></html>`;

let session: Session;
beforeAll(async () => {
  session = await startSession();
  session.serveFixture('x.com', '/badlogicgames', 'x', 'profile-visitor-en');
  session.server.route('x.com', '/freshbakery', profile('freshbakery', FRESH_LAST));
  session.server.route('x.com', '/untracked', profile('untracked', FRESH_LAST));
});
afterAll(() => session?.end());

/** Runs `probe` in the service worker until it returns something truthy. */
async function waitInWorker<T>(worker: Worker, probe: () => Promise<T>, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await worker.evaluate(probe);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function track(url: string, rows: number) {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForLoadState('load');
  const popup = await openPopup(session.context, session.worker, page);
  await popup.waitFor('document.querySelector("[data-testid=track-page]")');
  await popup.evaluate('document.querySelector("[data-testid=track-page]").click()');
  await popup.waitFor(`document.querySelectorAll("[data-testid=page-row]").length === ${rows}`);
  await popup.close();
  return page;
}

/** What the toolbar shows on each tab, and with no tab-specific value. */
function readBadges(worker: Worker) {
  return worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const tabOf = (path: string) => tabs.find((tab) => tab.url === `https://x.com${path}`)!.id!;
    const on = async (tabId: number) => ({
      text: await chrome.action.getBadgeText({ tabId }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId }),
    });
    return {
      overdue: await on(tabOf('/badlogicgames')),
      fresh: await on(tabOf('/freshbakery')),
      global: await chrome.action.getBadgeText({}),
    };
  });
}

const RED = [198, 40, 40, 255];
const GREEN = [46, 125, 50, 255];
const overdueDays = () => String(Math.floor((Date.now() - OVERDUE_LAST) / DAY));

test('the id the demo pins to the toolbar before launch is the one Chromium gives the unpacked extension', () => {
  expect(session.extensionId).toBe(unpackedExtensionId(DIST));
});

test('the badge shows days since the last status per tab and the overdue count; reminders and badge survive a stopped worker', async () => {
  const { worker } = session;
  await track('https://x.com/badlogicgames', 1);
  const freshTab = await track('https://x.com/freshbakery', 2);

  await waitInWorker(worker, async () => (await chrome.action.getBadgeText({})) === '1', 'the overdue count');
  const badges = await readBadges(worker);
  expect(badges).toEqual({
    overdue: { text: overdueDays(), color: RED },
    fresh: { text: '0', color: GREEN },
    global: '1',
  });

  await remindAtAnyHour(worker);
  await fireReminderAlarm(worker);
  await waitInWorker(
    worker,
    async () => Object.keys(await chrome.notifications.getAll()).length > 0,
    'the overdue page to be reminded of',
  );
  expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toEqual(['reminder:x:badlogicgames']);
  expect(await worker.evaluate(() => chrome.storage.local.get('reminder:x:badlogicgames'))).toEqual({
    'reminder:x:badlogicgames': { notifiedEpisodeStart: OVERDUE_LAST },
  });
  expect(await worker.evaluate(() => chrome.storage.local.get('reminder:x:freshbakery'))).toEqual({});

  // Before the stop: the admin snoozed the reminder, and the snooze runs out while the worker is
  // down; what the toolbar shows per tab is wiped, so only what the worker keeps can restore it.
  await worker.evaluate(async (episode) => {
    (globalThis as { beforeStop?: boolean }).beforeStop = true;
    await chrome.notifications.clear('reminder:x:badlogicgames');
    await chrome.storage.local.set({ 'reminder:x:badlogicgames': { notifiedEpisodeStart: episode, snoozedUntil: Date.now() + 1500 } });
    for (const tab of await chrome.tabs.query({ url: 'https://x.com/*' })) await chrome.action.setBadgeText({ tabId: tab.id!, text: '' });
  }, OVERDUE_LAST);

  const extensionPage = await session.context.newPage();
  await extensionPage.goto(extensionUrl(session.extensionId, POPUP_PAGE));
  // Its own request answered first, so that stopping the worker cuts no message short.
  await extensionPage.waitForSelector('[data-testid=page-row]');
  const cdp = await session.context.newCDPSession(extensionPage);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith(extensionUrl(session.extensionId)) && v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await new Promise((r) => setTimeout(r, 1500)); // the snooze ends while the worker is stopped
  await extensionPage.reload(); // the popup's request wakes the worker
  await extensionPage.waitForSelector('[data-testid=page-row]');

  // A new worker: nothing survived in its globals.
  expect(await worker.evaluate(() => (globalThis as { beforeStop?: boolean }).beforeStop)).toBeUndefined();
  const alarms = await worker.evaluate(() => chrome.alarms.getAll());
  expect(alarms).toMatchObject([{ name: 'reminders', periodInMinutes: 30 }]);

  await fireReminderAlarm(worker);
  await waitInWorker(
    worker,
    async () => Object.keys(await chrome.notifications.getAll()).includes('reminder:x:badlogicgames'),
    'the reminder to come back once the snooze ended',
  );
  expect(await worker.evaluate(() => chrome.storage.local.get('reminder:x:badlogicgames'))).toEqual({
    'reminder:x:badlogicgames': { notifiedEpisodeStart: OVERDUE_LAST },
  });
  expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toEqual(['reminder:x:badlogicgames']);
  await waitInWorker(worker, async () => (await chrome.action.getBadgeText({ tabId: (await chrome.tabs.query({ url: 'https://x.com/freshbakery' }))[0]!.id! })) === '0', 'the fresh tab badge');
  expect(await readBadges(worker)).toEqual({
    overdue: { text: overdueDays(), color: RED },
    fresh: { text: '0', color: GREEN },
    global: '1',
  });

  // The tab moves on to a page that is not tracked: it shows the overdue count again.
  await freshTab.goto('https://x.com/untracked');
  await waitInWorker(worker, async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://x.com/untracked' });
    return tab && (await chrome.action.getBadgeText({ tabId: tab.id! })) === '1';
  }, 'the untracked tab to show the overdue count');
  // …and the worker no longer takes it for the tracked page, so later refreshes leave it so.
  const mapped = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://x.com/untracked' });
    return (await chrome.storage.session.get(`tab:${tab!.id}`))[`tab:${tab!.id}`];
  });
  expect(mapped).toBeUndefined();
  expect(session.errors).toEqual([]);
});
