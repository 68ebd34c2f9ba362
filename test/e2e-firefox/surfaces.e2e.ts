// What an admin sees and does in Firefox, on a few months of history: the overlay, the badge,
// the reminder and its snooze from the popup and the options, goal and backup in the options,
// Facebook's page-world script, a stopped and woken background; then no request of the
// extension's own and no error from any of its contexts over the whole session.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixtureHtml } from '../sites/fixture-html';
import { demoPagesHistory, serveDemoPages } from '../e2e/harness/demo-pages';
import { historyWrite, putHistory } from '../e2e/harness/seed';
import type { StoredData } from '../e2e/harness/store-reader';
import { backgroundMarked, markBackground, stopBackground } from './harness/firefox-background';
import { openPopup, trackFromPopup } from './harness/firefox-popup';
import { startFirefoxSession, until, type FirefoxSession } from './harness/firefox-session';

const DAY = 86_400_000;
let session: FirefoxSession;
let pages: ReturnType<typeof serveDemoPages>;
let tracked: Page;

beforeAll(async () => {
  session = await startFirefoxSession();
  pages = serveDemoPages(session.server);
  await session.ext(putHistory, historyWrite(demoPagesHistory(Date.now())));
  tracked = await session.open(pages.tracked);
});
afterAll(() => session?.end());

/** What reminders remember of Le Bistro du Port (src/background/reminders/memory.ts). */
const snoozeMemory = () =>
  session.ext(async () => (await chrome.storage.local.get('reminder:facebook:lebistroduport'))['reminder:facebook:lebistroduport'] as { snoozedUntil: number });

/** The badge of the tab showing `url`. */
const badgeOf = (url: string) =>
  session.ext(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return tab ? chrome.action.getBadgeText({ tabId: tab.id! }) : null;
  }, url);

test('the overlay on a tracked page says when it last posted', async () => {
  const lastStatus = await until(() => session.overlayText(tracked, 'overlay-last-status'), 'the overlay');
  expect(lastStatus).toMatch(/^Last (status|post) /);
});

test('the badge shows the days since the last post on the tracked tab', async () => {
  // The seeded X profile posted three hours ago: on track, 0 days.
  expect(await until(() => badgeOf(pages.tracked), 'the badge')).toBe('0');
});

test('an overdue page gets its reminder, without buttons, and it is snoozed from the popup', async () => {
  await session.ext(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('animateur');
      request.onsuccess = () => resolve(request.result);
    });
    const tx = db.transaction('settings', 'readwrite');
    // No quiet hours, so the test does not depend on the hour it runs at.
    tx.objectStore('settings').put({ remindersEnabled: true, quietStart: 0, quietEnd: 0 }, 'settings');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    await chrome.alarms.create('reminders', { when: Date.now() + 100, periodInMinutes: 30 });
  });
  // Le Bistro du Port (Facebook, eight days silent) is the one overdue page the admin runs.
  const shown = await until(async () => {
    const ids = Object.keys(await session.ext(() => chrome.notifications.getAll()));
    return ids.length ? ids : null;
  }, 'the reminder', 30_000);
  expect(shown).toContain('reminder:facebook:lebistroduport');
  // The X profile posted three hours ago: no reminder for it.
  expect(shown).not.toContain('reminder:x:badlogicgames');

  const popup = await openPopup(session, tracked);
  try {
    await popup.waitFor(`document.querySelector('[data-testid=page-row][data-page-id="facebook:lebistroduport"]')`);
    await popup.evaluate(`document.querySelector('[data-testid=page-row][data-page-id="facebook:lebistroduport"]').click()`);
    // Found and pressed in one go: the detail may render again in between (its reads come back).
    await popup.waitFor(`(() => {
      const shown = document.querySelector('.detail-name a')?.textContent === 'Le Bistro du Port';
      const snooze = shown ? document.querySelector('[data-testid=reminder-snooze] [data-snooze-days="1"]') : null;
      snooze?.click();
      return Boolean(snooze);
    })()`);
    const snoozedText = await popup.waitFor<string>(`document.querySelector('[data-testid=snoozed-until]')?.textContent`);
    expect(snoozedText).toMatch(/^Reminders snoozed until /);
  } finally {
    await popup.close();
  }
  const memory = await snoozeMemory();
  expect(memory.snoozedUntil - Date.now()).toBeGreaterThan(DAY - 3_600_000 * 2);
  expect(memory.snoozedUntil - Date.now()).toBeLessThanOrEqual(DAY + 3_600_000);
  expect(Object.keys(await session.ext(() => chrome.notifications.getAll()))).not.toContain('reminder:facebook:lebistroduport');
});

test('options: the snooze shows and is resumed there; a goal is saved', async () => {
  const options = await session.browser.newPage();
  await session.openExtensionPage(options, 'src/options/index.html');
  const bistro = '[data-testid=page-settings][data-page-id="facebook:lebistroduport"]';
  await options.waitForSelector(`${bistro} [data-testid=snoozed-until]`);
  await options.click(`${bistro} [data-testid=resume-reminders]`);
  await options.waitForSelector(`${bistro} [data-snooze-days="7"]`);
  const memory = await snoozeMemory();
  expect(memory).not.toHaveProperty('snoozedUntil');

  await options.select(`${bistro} select`, '7');
  await options.waitForSelector(`${bistro} [role=status]`);
  expect((await session.readStore()).pages.find((p) => p.id === 'facebook:lebistroduport')).toMatchObject({ goalDays: 7 });
  await options.close();
});

test('options: a backup exported, the data deleted, the backup imported gives the same store back', async () => {
  const before = await session.readStore();
  const options = await session.browser.newPage();
  await session.openExtensionPage(options, 'src/options/index.html');
  // The file the browser would save: the download link's blob, read instead of saved.
  await options.evaluate(() => {
    const saved: Promise<string>[] = [];
    (globalThis as unknown as { animateurSaved: Promise<string>[] }).animateurSaved = saved;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(fetch(this.href).then((r) => r.text()));
    };
  });
  await options.waitForSelector('[data-testid=export-json]');
  await options.click('[data-testid=export-json]');
  const exported: string = await options.evaluate(async () => {
    for (;;) {
      const saved = (globalThis as unknown as { animateurSaved: Promise<string>[] }).animateurSaved;
      if (saved.length) return saved[0]!;
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  expect(JSON.parse(exported).data.pages).toHaveLength(before.pages.length);

  await session.clearStore();
  expect((await session.readStore()).pages).toEqual([]);
  const file = join(mkdtempSync(join(tmpdir(), 'animateur-backup-')), 'backup.json');
  writeFileSync(file, exported);
  const input = (await options.waitForSelector('[data-testid=import-file]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
  await options.waitForSelector('[data-testid=import-result][role=status]');
  expect(sorted(await session.readStore())).toEqual(sorted(before));
  await options.close();
});

const sorted = (data: StoredData) => ({
  pages: [...data.pages].sort((a, b) => a.id.localeCompare(b.id)),
  posts: data.posts.length,
  followers: data.followers.length,
});

test("Facebook's page-world script reads the posts' times from React and the content script stores them", async () => {
  // The saved page, with what React keeps on each post element (SITES.md): its story's creation time.
  const times = [1, 2, 3, 4].map((hours) => Math.floor(Date.now() / 1000) - hours * 3600);
  const withFibers = fixtureHtml('facebook', 'page-visitor-en').replace(
    '</body>',
    `<script>document.querySelectorAll('div[aria-posinset]').forEach((el, i) => {
      el.__reactFiber$animateurtest = { memoizedProps: { story: { creation_time: ${JSON.stringify(times)}[i % 4] } } };
    });</script></body>`,
  );
  session.server.route('www.facebook.com', '/SunnyBakeryLyon', withFibers);
  const page = await session.open('https://www.facebook.com/SunnyBakeryLyon');
  const tagged = await until(
    () => page.evaluate(() => [...document.querySelectorAll('div[aria-posinset][data-animateur-created]')].map((el) => Number(el.getAttribute('data-animateur-created')))),
    'the posts to be tagged',
  );
  expect(tagged.length).toBeGreaterThan(0);
  for (const created of tagged) expect(times).toContain(created);
  await trackFromPopup(session, page);
  const stored = (await session.readStore()).posts.filter((p) => p.pageId === 'facebook:sunnybakerylyon');
  expect(stored.some((p) => times.includes(p.publishedAt / 1000))).toBe(true);
  await page.close();
});

test('the background stopped as an idle event page and woken loses nothing, and works on', async () => {
  const before = await session.readStore();
  await markBackground(session);
  expect(await backgroundMarked(session)).toBe(true);
  await stopBackground(session);

  // The popup's request wakes a new background, which has the data and the alarm.
  const popup = await openPopup(session, tracked);
  const rows = await popup.waitFor<number>('document.querySelectorAll("[data-testid=page-row]").length');
  await popup.close();
  expect(rows).toBe(before.pages.length);
  expect(await backgroundMarked(session)).toBeUndefined();
  expect(await session.ext(async () => (await chrome.alarms.getAll()).map((a) => a.name))).toEqual(['reminders']);
  expect(sorted(await session.readStore())).toEqual(sorted(before));

  // …and the woken background takes new observations: a page tracked now is stored.
  await stopBackground(session);
  const other = await session.open(pages.owned);
  // The overlay's offer on a page the admin runs (its content script asked the new background).
  await until(() => session.overlayText(other, 'track-page'), 'the offer to track the page the admin runs');
  await stopBackground(session);
  await trackFromPopup(session, other);
  expect((await session.readStore()).pages.map((p) => p.id)).toContain('x:cafeduport');
  await other.close();
});

test('no request of the extension: only the pages, their icons and Firefox’s own services', async () => {
  const served = new Set(session.server.requests);
  expect(served).toContain('x.com/badlogicgames');
  const ours = session.server.unexpected.filter((r) => !isFirefoxOwn(r) && !(r.request.endsWith('/favicon.ico') && r.from.startsWith('https://')));
  const own = session.server.unexpected.filter(isFirefoxOwn).map((r) => new URL(r.request.split(' ')[1]!).hostname);
  console.log(JSON.stringify({ name: 'firefox.own-requests', hosts: [...new Set(own)], count: own.length }));
  expect(ours).toEqual([]);
  // The net is live: the browser's icon requests reached it.
  expect(session.server.unexpected.some((r) => r.request.endsWith('/favicon.ico'))).toBe(true);
});

test('no error or warning from any extension context over the whole session', async () => {
  expect(await session.errors()).toEqual([]);
});

/** Firefox's own services (remote settings, captive portal, …): no origin, and a Mozilla host. */
function isFirefoxOwn(r: { request: string; from: string }): boolean {
  const host = new URL(r.request.split(' ')[1]!).hostname;
  return r.from === 'browser' && /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|mozilla\.cloud)$/.test(host);
}
