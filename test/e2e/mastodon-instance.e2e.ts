// A Mastodon instance is no site the manifest lists: once its host is granted, the service
// worker registers Mastodon's content script there, and the page is tracked like any
// other. The grant itself is a browser prompt automation cannot click, so this runs on the
// test build where mastodon.social and piaille.fr are granted at install (dist-test-instances, see
// vite.config.ts and scripts/test.mjs).
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Observation } from '../../src/sites/types';
import { trackFromPopup } from './harness/popup';
import { startSession, type Session } from './harness/session';
import { clearStore, readStore } from './harness/store-reader';

const expectedOf = (name: string) =>
  JSON.parse(readFileSync(`test/fixtures/mastodon/${name}.expected.json`, 'utf8')) as { url: string; observation: Observation };
const expected = expectedOf('profile-visitor-en');
/** A French instance's profile as its server sends it, before the web app draws anything. */
const unrendered = expectedOf('profile-unrendered-fr');

let session: Session;
beforeAll(async () => {
  session = await startSession({ dist: resolve('dist-test-instances') });
  session.serveFixture('mastodon.social', '/@leedsgarden', 'mastodon', 'profile-visitor-en');
  const { hostname, pathname } = new URL(unrendered.url);
  session.serveFixture(hostname, pathname, 'mastodon', 'profile-unrendered-fr');
});
afterAll(() => session?.end());

test('a granted instance gets the content script, and its profile is tracked from the popup', async () => {
  const registered = async () =>
    session.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches));
  for (let tries = 0; tries < 50 && (await registered()).length === 0; tries++) await new Promise((r) => setTimeout(r, 100));
  expect((await registered()).sort()).toEqual([['https://mastodon.social/*'], ['https://piaille.fr/*']]);

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

test("a profile the instance's web app has not drawn is tracked from the server's tags", async () => {
  await clearStore(session.worker);
  const page = await session.context.newPage();
  await page.goto(unrendered.url);
  await trackFromPopup(session.context, session.worker, page);
  const stored = await readStore(session.worker);
  const want = unrendered.observation;
  expect(stored.pages).toMatchObject([{ id: `mastodon:${want.page.handle}`, url: want.page.url, name: want.page.name }]);
  expect(stored.followers).toMatchObject([want.followers!]);
  expect(stored.posts).toEqual([]);
  expect(session.errors).toEqual([]);
});
