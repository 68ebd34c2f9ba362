// A website must not be able to tell that Animateur is installed by fetching one of its
// content scripts at its fixed address (chrome-extension://<id>/…): none is web-accessible.
// (The overlay module is, on every https host, for the content scripts to import it: see
// vite.config.ts lazyOverlay.)
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveDemoPages } from './harness/demo-pages';
import { overlayIn } from './harness/overlay';
import { startSession, type Session } from './harness/session';

let session: Session;
let pages: ReturnType<typeof serveDemoPages>;
beforeAll(async () => {
  session = await startSession();
  pages = serveDemoPages(session.server);
  session.server.route('mastodon.example', '/@someone', '<!doctype html><title>Another site</title><p>Hello</p>');
});
afterAll(() => session?.end());

test('no web page can fetch a content script of the package, on a supported site or elsewhere', async () => {
  const files = readdirSync('dist/src/content/sites').map((file) => `src/content/sites/${file}`);
  expect(files).toContain('src/content/sites/mastodon.js');
  for (const url of [pages.owned, 'https://mastodon.example/@someone']) {
    const tab = await session.context.newPage();
    await tab.goto(url);
    if (url === pages.owned) await (await overlayIn(tab)).waitFor('[data-testid=overlay]'); // the content script did load
    const fetched = await tab.evaluate(
      async ({ id, files }) =>
        Promise.all(
          files.map((file) =>
            fetch(`chrome-extension://${id}/${file}`).then(
              (response) => `${file}: ${response.status}`,
              () => null,
            ),
          ),
        ),
      { id: session.extensionId, files },
    );
    expect(fetched.filter(Boolean)).toEqual([]);
    await tab.close();
  }
});
