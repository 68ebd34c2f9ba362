// Installed as a temporary add-on, the extension's background (an event page in Firefox) starts
// on its own: the reminders alarm exists, and no extension context reports an error.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFirefoxSession, until, type FirefoxSession } from './harness/firefox-session';

let session: FirefoxSession;
beforeAll(async () => {
  session = await startFirefoxSession();
});
afterAll(() => session?.end());

test('the background starts at install: the reminders alarm exists, and no context reports an error', async () => {
  const alarms = await until(() => session.ext(async () => (await chrome.alarms.getAll()).map((a) => ({ name: a.name, periodInMinutes: a.periodInMinutes }))).then((a) => a.length && a), 'the alarm');
  expect(alarms).toEqual([{ name: 'reminders', periodInMinutes: 30 }]);
  const manifest = await session.ext(() => chrome.runtime.getManifest());
  expect(manifest.background).toMatchObject({ scripts: [expect.any(String)] });
  expect(await session.errors()).toEqual([]);
});
