// A website must not be able to tell that Animateur is installed by fetching one of its files
// at a fixed address (chrome-extension://<id>/…). The module content script's chunks stay
// reachable from the sites it runs on (crxjs's loader imports them); nothing else, nowhere else.
import { readFileSync } from 'node:fs';
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

test('a site the content script does not run on can fetch no file of the package; the scripting-only script is fetchable nowhere', async () => {
  const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
  const chunks = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
  for (const [url, files] of [
    [pages.owned, ['src/content/standalone.js']],
    ['https://mastodon.example/@someone', ['src/content/standalone.js', ...chunks]],
  ] as const) {
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
