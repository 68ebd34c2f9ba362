// Every site fixture, served on its real hostname to the built extension in Chromium, tracked
// from the popup: what lands in IndexedDB is what the fixture's .expected.json says.
import { afterAll, beforeAll, describe, test } from 'vitest';
import { expectStoredAsExpected, trackableFixtures } from './harness/expected-fixtures';
import { trackFromPopup } from './harness/popup';
import { startSession, type Session } from './harness/session';
import { clearStore, readStore } from './harness/store-reader';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.end());

describe.each(trackableFixtures())('$site/$name', ({ site, name, expected, url }) => {
  test('is stored as its .expected.json says', async () => {
    await clearStore(session.worker);
    session.serveFixture(url.hostname, url.pathname, site, name);
    const page = await session.context.newPage();
    await page.goto(url.href);
    const readAt = Date.now();
    await trackFromPopup(session.context, session.worker, page);
    const stored = await readStore(session.worker);
    await page.close();
    expectStoredAsExpected(stored, expected, readAt);
  });
});
