// A website must not be able to tell that Animateur is installed by fetching one of the package's
// files at its address (moz-extension://<uuid>/…): none is web-accessible, the overlay included,
// which the background injects with scripting.executeScript (background/inject-overlay.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveDemoPages } from '../e2e/harness/demo-pages';
import { packageFiles } from '../e2e/harness/package-files';
import { DIST_FIREFOX, firefoxExtensionUrl } from './harness/firefox-browser';
import { startFirefoxSession, until, type FirefoxSession } from './harness/firefox-session';

let session: FirefoxSession;
let pages: ReturnType<typeof serveDemoPages>;
beforeAll(async () => {
  session = await startFirefoxSession();
  pages = serveDemoPages(session.server);
  session.server.route('mastodon.example', '/@someone', '<!doctype html><title>Another site</title><p>Hello</p>');
});
afterAll(() => session?.end());

test('no web page can fetch a file of the package, on a supported site with the overlay shown or elsewhere', async () => {
  const files = packageFiles(DIST_FIREFOX);
  expect(files).toContain('src/content/sites/mastodon.js');
  // The overlay's code is among them, wherever the build puts it.
  expect(files.filter((file) => file.endsWith('.js') && readFileSync(join(DIST_FIREFOX, file), 'utf8').includes('attachShadow'))).not.toEqual([]);
  const urls = files.map((file) => firefoxExtensionUrl(file));
  for (const address of [pages.owned, 'https://mastodon.example/@someone']) {
    const tab = await session.open(address);
    if (address === pages.owned) await until(() => session.overlayText(tab, 'track-page'), 'the overlay'); // it did load
    const fetched = await tab.evaluate(
      (urls) =>
        Promise.all(
          urls.map((url) =>
            fetch(url).then(
              (response) => `${url}: ${response.status}`,
              () => null,
            ),
          ),
        ),
      urls,
    );
    expect(fetched.filter(Boolean)).toEqual([]);
    await tab.close();
  }
  expect(await session.errors()).toEqual([]);
});
