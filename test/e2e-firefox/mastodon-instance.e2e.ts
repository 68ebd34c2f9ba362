// A Mastodon instance is no site the manifest lists: once its host is granted, the background
// registers the self-contained content script there, and the page is tracked like any other. The
// grant is a browser prompt automation cannot click, so this runs on the Firefox test build where
// mastodon.social is granted at install (dist-firefox-test-instances, see vite.config.ts).
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectedOf, expectStoredAsExpected } from '../e2e/harness/expected-fixtures';
import { trackFromPopup } from './harness/firefox-popup';
import { startFirefoxSession, until, type FirefoxSession } from './harness/firefox-session';

let session: FirefoxSession;
beforeAll(async () => {
  session = await startFirefoxSession({ dist: resolve('dist-firefox-test-instances') });
  session.serveFixture('mastodon.social', '/@leedsgarden', 'mastodon', 'profile-visitor-en');
});
afterAll(() => session?.end());

test('a granted instance gets the content script, and its profile is tracked from the popup', async () => {
  const registered = () => session.ext(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches));
  expect(await until(async () => ((await registered()).length ? registered() : null), 'the registered script')).toEqual([['https://mastodon.social/*']]);
  const page = await session.open('https://mastodon.social/@leedsgarden');
  const readAt = Date.now();
  await trackFromPopup(session, page);
  expectStoredAsExpected(await session.readStore(), expectedOf('mastodon', 'profile-visitor-en'), readAt);
  await page.close();
  expect(await session.errors()).toEqual([]);
});
