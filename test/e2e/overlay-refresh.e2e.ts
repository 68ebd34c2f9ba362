import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveDemoPages } from './harness/demo-pages';
import { openOverlayTab } from './harness/overlay';
import { openPopup } from './harness/popup';
import { historyOf } from './harness/sample-history';
import { seedHistory } from './harness/seed';
import { startSession, type Session } from './harness/session';

let session: Session;
let pages: ReturnType<typeof serveDemoPages>;
beforeAll(async () => {
  session = await startSession();
  pages = serveDemoPages(session.server);
  // Silent for eight days on X (goal: a post a day): overdue.
  await seedHistory(session, historyOf({
    site: 'x', handle: 'badlogicgames', name: 'Mario Zechner', url: 'https://x.com/badlogicgames',
    days: 60, everyDays: 1, silentDays: 8, followersFrom: 13900, followersTo: 14071,
  }, Date.now()));
});
afterAll(() => session?.end());

test('"I just posted" in the popup updates the overlay on the page at once, without a reload', async () => {
  // The shadow root is closed: the harness reads it from outside the page.
  const { tab, overlay } = await openOverlayTab(session.context, pages.tracked, '.panel-state');
  expect(await overlay.text('.panel-state')).toBe('Overdue');
  const loadedAt = await tab.evaluate(() => performance.timeOrigin);

  const popup = await openPopup(session.context, session.worker, tab);
  await popup.waitFor('document.querySelector("[data-testid=manual-post]")');
  await popup.evaluate('document.querySelector("[data-testid=manual-post]").click()');
  await popup.waitFor('document.querySelector(".manual-post-saved")');

  // Waits on the condition, not a time: the panel reads itself again once the worker tells it.
  const deadline = Date.now() + 20_000;
  while ((await overlay.text('.panel-state')) !== 'On track' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(await overlay.text('.panel-state')).toBe('On track');
  expect(await overlay.text('[data-testid=overlay-last-status]')).toBe('Last post just now');
  // The same document: the overlay was told, the page was not reloaded.
  expect(await tab.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
  await popup.close();
  await tab.close();
});
