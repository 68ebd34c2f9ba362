// Privacy: a whole session of tracking pages makes no request beyond the pages themselves.
// Every hostname resolves to the local fixture server (see extension-browser.ts), so any
// request the extension made — to any host — would be recorded there.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPopup, trackFromPopup } from './harness/popup';
import { startSession, type Session } from './harness/session';

const PAGES = [
  { url: 'https://x.com/badlogicgames', site: 'x', name: 'profile-visitor-en' },
  { url: 'https://www.facebook.com/LeBistroVolney', site: 'facebook', name: 'page-visitor-fr' },
  { url: 'https://bsky.app/profile/stephenking.bsky.social', site: 'bluesky', name: 'profile-visitor-en' },
] as const;

let session: Session;
beforeAll(async () => {
  session = await startSession();
  for (const { url, site, name } of PAGES) session.serveFixture(new URL(url).hostname, new URL(url).pathname, site, name);
});
afterAll(() => session?.end());

test('tracking pages, reading the popup and scrolling make no request but the pages', async () => {
  for (const { url } of PAGES) {
    const page = await session.context.newPage();
    await page.goto(url);
    await trackFromPopup(session.context, session.worker, page);
    const popup = await openPopup(session.context, session.worker, page);
    await popup.waitFor('document.querySelectorAll("[data-testid=page-row]").length > 0');
    await popup.close();
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(300);
  }
  // Chromium's own services (updates, sign-in, autofill) carry no origin or Google's; the
  // extension's pages and scripts carry its origin or the page's. The browser's own request for
  // each site's icon carries the page too, and is the browser's.
  const pageOrigins = PAGES.map(({ url }) => new URL(url).origin);
  const ours = session.server.unexpected.filter(
    (r) =>
      r.from.startsWith('chrome-extension://') ||
      (pageOrigins.some((origin) => r.from.startsWith(origin)) && !r.request.endsWith('/favicon.ico')),
  );
  expect(ours).toEqual([]);
  // The net is live: it caught at least the browser's icon requests.
  expect(session.server.unexpected.length).toBeGreaterThan(0);
  const pages = PAGES.map(({ url }) => new URL(url).hostname + new URL(url).pathname);
  const served = session.server.requests.filter((r) => pageOrigins.some((o) => `https://${r}`.startsWith(o)) && !r.endsWith('/favicon.ico'));
  expect(new Set(served)).toEqual(new Set(pages));
  expect(session.errors).toEqual([]);
});
