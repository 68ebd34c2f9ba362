import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { extensionUrl, POPUP_PAGE } from './extension-browser';

/**
 * The real toolbar popup, opened on the active tab. Playwright does not list it as a page,
 * so it is driven through the browser's DevTools protocol target.
 */
export interface Popup {
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until `expression` is truthy in the popup, then returns its value. */
  waitFor<T>(expression: string, timeoutMs?: number): Promise<T>;
  screenshot(): Promise<Buffer>;
  /** As if the OS preferred a light or dark theme. */
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Loads the popup again in its own view (no tab opened or activated), `initScript` run before its own. */
  reloadWith(initScript: string): Promise<void>;
  /** Collects the garbage of the popup's process now (V8 would in idle time, when left to itself). */
  collectGarbage(): Promise<void>;
  close(): Promise<void>;
}

export async function openPopup(context: BrowserContext, worker: Worker, page: Page): Promise<Popup> {
  await page.bringToFront();
  await worker.evaluate(() => chrome.action.openPopup());
  const cdp = await context.browser()!.newBrowserCDPSession();
  const popupUrl = extensionUrl(new URL(worker.url()).host, POPUP_PAGE);
  let targetId: string | undefined;
  for (let tries = 0; tries < 100 && !targetId; tries++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    targetId = targetInfos.find((info) => info.url === popupUrl)?.targetId;
    if (!targetId) await new Promise((r) => setTimeout(r, 50));
  }
  if (!targetId) throw new Error('the popup did not open');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  return popupSession(cdp, sessionId, targetId);
}

function popupSession(cdp: CDPSession, sessionId: string, targetId: string): Popup {
  let nextId = 1;
  const pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  const call = <T>(method: string, params: object): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (message) => (message.error ? reject(new Error(message.error.message)) : resolve(message.result as T)));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });

  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = await call<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails) throw new Error(`popup: ${result.exceptionDetails.text}`);
    return result.result.value;
  };
  return {
    evaluate,
    async waitFor<T>(expression: string, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await evaluate<T>(expression);
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`popup: timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async screenshot() {
      const { data } = await call<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      return Buffer.from(data, 'base64');
    },
    async emulateColorScheme(scheme) {
      await call('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
    },
    async reloadWith(initScript) {
      await call('Page.enable', {});
      await call('Page.addScriptToEvaluateOnNewDocument', { source: initScript });
      await call('Page.reload', {});
    },
    async collectGarbage() {
      await call('HeapProfiler.enable', {});
      await call('HeapProfiler.collectGarbage', {});
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** What an admin does: open the popup on the page's tab and press "Track this page". */
export async function trackFromPopup(context: BrowserContext, worker: Worker, page: Page): Promise<void> {
  await pressTrack(await openPopup(context, worker, page));
}

/** "Track this page" pressed in an open popup (of either browser), until the page is listed; then closes it. */
export async function pressTrack(popup: Pick<Popup, 'evaluate' | 'waitFor' | 'close'>): Promise<void> {
  try {
    await popup.waitFor('document.querySelector("[data-testid=track-page]")');
    await popup.evaluate('document.querySelector("[data-testid=track-page]").click()');
    await popup.waitFor('!document.querySelector("[data-testid=track-page]") && document.querySelector("[data-testid=page-row]")');
  } finally {
    await popup.close();
  }
}
