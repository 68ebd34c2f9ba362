import type { Page } from 'puppeteer-core';
import { pressTrack } from '../../e2e/harness/popup';
import type { FirefoxSession } from './firefox-session';
import { until } from './firefox-session';

/**
 * The real toolbar popup, opened on a tab by browser.action.openPopup() from the control tab.
 * BiDi does not list it as a browsing context; its window is one of the extension's views, which
 * the control tab (same origin) reads and drives. Expressions see the popup's `document`.
 */
export interface FirefoxPopup {
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until `expression` is truthy in the popup, then returns its value. */
  waitFor<T>(expression: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

const inPopup = (expression: string) => `(async () => {
  const popup = browser.extension.getViews({ type: 'popup' })[0];
  if (!popup) throw new Error('no popup open');
  const value = await ((document, window) => (${expression}))(popup.document, popup);
  // A node does not cross back to the test; that it was found is what a wait needs.
  return value instanceof popup.Node ? true : value;
})()`;

export async function openPopup(session: FirefoxSession, page: Page): Promise<FirefoxPopup> {
  await page.bringToFront();
  await session.ext(() => chrome.action.openPopup());
  await until(
    () => session.control.evaluate(`browser.extension.getViews({ type: 'popup' })[0]?.document.readyState === 'complete'`),
    'the popup to open',
  );
  const evaluate = <T>(expression: string) => session.control.evaluate(inPopup(expression)) as Promise<T>;
  return {
    evaluate,
    waitFor: <T>(expression: string, timeoutMs?: number) => until(() => evaluate<T>(expression), expression, timeoutMs),
    async close() {
      await session.control.evaluate(`browser.extension.getViews({ type: 'popup' }).forEach((view) => view.close())`);
      await until(() => session.control.evaluate(`browser.extension.getViews({ type: 'popup' }).length === 0`), 'the popup to close');
    },
  };
}

/** What an admin does: open the popup on the page's tab and press "Track this page". */
export async function trackFromPopup(session: FirefoxSession, page: Page): Promise<void> {
  await pressTrack(await openPopup(session, page));
}
