// A Mastodon instance is no site the manifest lists: once its host is granted, the service
// worker registers Mastodon's content script there, and the page is tracked like any
// other. The grant itself is a browser prompt automation cannot click, so this runs on the
// test build where mastodon.social is granted at install (dist-test-instances, see vite.config.ts).
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Observation } from '../../src/sites/types';
import { trackFromPopup } from './harness/popup';
import { startSession, type Session } from './harness/session';
import { readStore } from './harness/store-reader';

const expected = JSON.parse(readFileSync('test/fixtures/mastodon/profile-visitor-en.expected.json', 'utf8')) as {
  observation: Observation;
};

let session: Session;
beforeAll(async () => {
  session = await startSession({ dist: resolve('dist-test-instances') });
  session.serveFixture('mastodon.social', '/@leedsgarden', 'mastodon', 'profile-visitor-en');
});
afterAll(() => session?.end());

test('a granted instance gets the content script, and its profile is tracked from the popup', async () => {
  const registered = async () =>
    session.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches));
  for (let tries = 0; tries < 50 && (await registered()).length === 0; tries++) await new Promise((r) => setTimeout(r, 100));
  expect(await registered()).toEqual([['https://mastodon.social/*']]);

  const page = await session.context.newPage();
  await page.goto('https://mastodon.social/@leedsgarden');
  await trackFromPopup(session.context, session.worker, page);
  const stored = await readStore(session.worker);
  const want = expected.observation;
  expect(stored.pages).toMatchObject([{ id: `mastodon:${want.page.handle}`, url: want.page.url }]);
  expect(stored.followers).toMatchObject([want.followers!]);
  expect(stored.posts.map((p) => p.postId).sort()).toEqual(want.posts.map((p) => p.id).sort());
  expect(session.errors).toEqual([]);

});
