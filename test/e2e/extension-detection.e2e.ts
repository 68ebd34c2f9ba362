// A website must not be able to tell that Animateur is installed by fetching one of the package's
// files at its fixed address (chrome-extension://<id>/…): none is web-accessible, the overlay and
// its code included (the worker injects it with chrome.scripting, see background/inject-overlay.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveDemoPages } from './harness/demo-pages';
import { packageFiles } from './harness/package-files';
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

test('no web page can fetch a file of the package, on a supported site with the overlay shown or elsewhere', async () => {
  const files = packageFiles('dist');
  expect(files).toContain('src/content/sites/mastodon.js');
  // The overlay's code is among them, wherever the build puts it.
  expect(files.filter((file) => file.endsWith('.js') && readFileSync(join('dist', file), 'utf8').includes('attachShadow'))).not.toEqual([]);
  for (const url of [pages.owned, 'https://mastodon.example/@someone']) {
    const tab = await session.context.newPage();
    await tab.goto(url);
    if (url === pages.owned) await (await overlayIn(tab)).waitFor('[data-testid=overlay]'); // the overlay did load
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
