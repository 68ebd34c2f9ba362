// Firefox in French (the language pack of firefox-esr-l10n-fr, asked for by intl.locale.requested):
// the popup, the overlay and the options speak French, numbers written the French way.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoPagesHistory, serveDemoPages } from '../e2e/harness/demo-pages';
import { historyWrite, putHistory } from '../e2e/harness/seed';
import { openPopup } from './harness/firefox-popup';
import { startFirefoxSession, until, type FirefoxSession } from './harness/firefox-session';

let session: FirefoxSession;
let pages: ReturnType<typeof serveDemoPages>;
beforeAll(async () => {
  session = await startFirefoxSession({ locale: 'fr' });
  pages = serveDemoPages(session.server);
  await session.ext(putHistory, historyWrite(demoPagesHistory(Date.now())));
});
afterAll(() => session?.end());

test('the popup, the overlay and the options are in French', async () => {
  expect(await session.ext(() => chrome.i18n.getUILanguage())).toMatch(/^fr/);
  const tab = await session.open(pages.tracked);
  const overlay = await until(() => session.overlayText(tab, 'overlay-last-status'), 'the overlay');
  expect(overlay).toMatch(/^Dernière publication /);

  const popup = await openPopup(session, tab);
  try {
    const shown = await popup.waitFor<{ lastStatus: string; followers: string }>(`(() => {
      const lastStatus = document.querySelector('[data-testid=last-status]');
      const followers = document.querySelector('[data-testid=follower-count]');
      return lastStatus && followers && { lastStatus: lastStatus.textContent, followers: followers.textContent };
    })()`);
    expect(shown.lastStatus).toMatch(/^Dernière publication /);
    // 14 071 with French grouping (a narrow no-break space).
    expect(shown.followers).toMatch(/^14\u202f0\d\d abonnés$/);
    expect(await popup.waitFor<string>(`document.querySelector('[data-testid=reminder-snooze] span')?.textContent`)).toBe('Mettre les rappels en pause');
  } finally {
    await popup.close();
  }

  const options = await session.browser.newPage();
  await session.openExtensionPage(options, 'src/options/index.html');
  await options.waitForSelector('[data-testid=page-settings]');
  expect(await options.$eval('h1', (h1) => h1.textContent)).toBe('Réglages');
  await options.close();
  await tab.close();
  expect(await session.errors()).toEqual([]);
});
