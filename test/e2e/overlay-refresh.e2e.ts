import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveDemoPages } from './harness/demo-pages';
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
  const tab = await session.context.newPage();
  await tab.setViewportSize({ width: 1280, height: 800 });
  await tab.goto(pages.tracked);
  const state = tab.locator('animateur-overlay .panel-state');
  await state.waitFor();
  expect(await state.innerText()).toBe('Overdue');
  const loadedAt = await tab.evaluate(() => performance.timeOrigin);

  const popup = await openPopup(session.context, session.worker, tab);
  await popup.waitFor('document.querySelector("[data-testid=manual-post]")');
  await popup.evaluate('document.querySelector("[data-testid=manual-post]").click()');
  await popup.waitFor('document.querySelector(".manual-post-saved")');

  await tab.waitForFunction(
    () => document.querySelector('animateur-overlay')?.shadowRoot?.querySelector('.panel-state')?.textContent === 'On track',
    undefined,
    { timeout: 20_000 },
  );
  expect(await tab.locator('animateur-overlay [data-testid=overlay-last-status]').innerText()).toBe('Last post just now');
  // The same document: the overlay was told, the page was not reloaded.
  expect(await tab.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
  await popup.close();
  await tab.close();
});
