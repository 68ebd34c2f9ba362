// A full disk in the real browser: the worker's IndexedDB refuses writes with QuotaExceededError.
// Nothing may be half-written; the observation waits in the browser's session storage (through a
// worker stop too) and is stored once there is room.
//
// The refusal is made in the worker (IDBObjectStore.put throws as Chromium's does): Chromium's
// DevTools quota override (Storage.overrideQuotaForOrigin) reports itself active for the
// extension's origin but IndexedDB there keeps the default budget (10 GB), so a real full
// budget cannot be had in a test.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { trackFromPopup } from './harness/popup';
import { startSession, type Session } from './harness/session';
import { readStore } from './harness/store-reader';
import { controlWorker, type WorkerControl } from './harness/worker-control';
import { appendXPosts, waitForCount } from './harness/x-timeline';
import { extensionUrl, POPUP_PAGE } from './harness/extension-browser';

let session: Session;
let control: WorkerControl;
let extensionPage: Page;
beforeAll(async () => {
  session = await startSession();
  session.serveFixture('x.com', '/badlogicgames', 'x', 'profile-visitor-en');
});
afterAll(async () => {
  await control?.close();
  await session?.end();
});

const ask = (message: object) => extensionPage.evaluate((m) => chrome.runtime.sendMessage(m), message);
const storedWith = async (prefix: string) =>
  (await readStore(session.worker)).posts.filter((p) => String(p.postId).startsWith(prefix)).length;

test('a full disk refuses an observation whole; it waits, survives a worker stop, and is stored once there is room', async () => {
  const page = await session.context.newPage();
  await page.goto('https://x.com/badlogicgames');
  await trackFromPopup(session.context, session.worker, page);
  control = await controlWorker(session);
  extensionPage = await session.context.newPage();
  await extensionPage.goto(extensionUrl(session.extensionId, POPUP_PAGE));
  await page.bringToFront();
  // Only this worker's writes fail; the one Chrome starts after the stop below has room again.
  await session.worker.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await appendXPosts(page, '1990', 300);
  const status = await (async () => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const now = (await ask({ type: 'store-status' })) as { state: string };
      if (now.state !== 'ok' || Date.now() > deadline) return now;
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  // What was stored meanwhile tells a worker that lost the failing put from a page never read.
  console.log(JSON.stringify({ name: 'quota.status', status, stored: await storedWith('1990') }));
  expect(status).toMatchObject({ state: 'quota' });
  expect(await storedWith('1990')).toBe(0);
  // The queue: a list of keys, oldest first, each observation under its own key.
  const pending = await session.worker.evaluate(async () => {
    const { pendingQueue = [] } = await chrome.storage.session.get('pendingQueue');
    const items = await chrome.storage.session.get((pendingQueue as { key: string }[]).map((entry) => entry.key));
    return Object.values(items) as { observation: { posts: unknown[] } }[];
  });
  expect(pending.flatMap((p) => p.observation.posts)).toHaveLength(300);

  // The worker stops while the observation waits; session storage keeps it for the next one.
  await control.stop();
  await appendXPosts(page, '1991', 1); // the next observation tries the waiting one first
  expect(await waitForCount(() => storedWith('1990'), 300, 15_000)).toBe(300);
  expect(await waitForCount(() => storedWith('1991'), 1, 15_000)).toBe(1);
  expect(await ask({ type: 'store-status' })).toEqual({ state: 'ok' });
  expect(session.errors).toEqual([]);
});
