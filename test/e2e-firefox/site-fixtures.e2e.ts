// Every site fixture, served on its real hostname to the built extension in Firefox, tracked from
// the real popup: what lands in IndexedDB is what the fixture's .expected.json says, as in Chromium.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectStoredAsExpected, trackableFixtures } from '../e2e/harness/expected-fixtures';
import { trackFromPopup } from './harness/firefox-popup';
import { startFirefoxSession, type FirefoxSession } from './harness/firefox-session';

let session: FirefoxSession;
beforeAll(async () => {
  session = await startFirefoxSession();
});
afterAll(() => session?.end());

const fixtures = trackableFixtures();

test('the fixtures cover the six sites of the manifest (Mastodon has its own test)', () => {
  expect(new Set(fixtures.map((f) => f.site))).toEqual(new Set(['facebook', 'x', 'instagram', 'bluesky', 'linkedin', 'youtube']));
});

describe.each(fixtures)('$site/$name', ({ site, name, expected, url }) => {
  test('is stored as its .expected.json says', async () => {
    await session.clearStore();
    session.serveFixture(url.hostname, url.pathname, site, name);
    const page = await session.open(url.href);
    const readAt = Date.now();
    await trackFromPopup(session, page);
    const stored = await session.readStore();
    await page.close();
    expectStoredAsExpected(stored, expected, readAt);
    expect(await session.errors()).toEqual([]);
  });
});
