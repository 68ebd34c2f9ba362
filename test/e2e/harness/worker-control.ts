import type { CDPSession, Page } from 'playwright-core';
import type { Session } from './session';
import { extensionUrl, POPUP_PAGE } from './extension-browser';

/**
 * Stops the extension's service worker as Chrome does when it idles out, through the DevTools
 * protocol of one of the extension's own pages (ServiceWorker.* reaches only the workers of the
 * page's storage partition, and the extension's worker lives in the extension's).
 */
export interface WorkerControl {
  /** Stops the worker; resolves once Chrome reports it stopped. */
  stop(): Promise<void>;
  /** Whether Chrome last reported the extension's worker running. */
  running(): boolean;
  close(): Promise<void>;
}

export async function controlWorker(session: Session): Promise<WorkerControl> {
  const page: Page = await session.context.newPage();
  await page.goto(extensionUrl(session.extensionId, POPUP_PAGE));
  const cdp: CDPSession = await session.context.newCDPSession(page);
  const ours = extensionUrl(session.extensionId);
  let status = 'running';
  const waiters: (() => void)[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const version = versions.find((v) => v.scriptURL.startsWith(ours));
    if (!version) return;
    status = version.runningStatus;
    if (status === 'stopped') for (const resolve of waiters.splice(0)) resolve();
  });
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      const stopped = new Promise<void>((resolve) => waiters.push(resolve));
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
    },
    running: () => status === 'running',
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}
