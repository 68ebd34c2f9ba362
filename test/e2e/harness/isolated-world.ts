import type { Page } from 'playwright-core';

/**
 * Evaluates `expression` in the extension's isolated world of the tab's main frame (where its
 * content script runs and the worker injects the overlay), through DevTools: what neither the
 * page's scripts nor Playwright's own evaluate see. Undefined while no such world exists yet.
 */
export async function inIsolatedWorld<T>(page: Page, extensionId: string, expression: string): Promise<T | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    // Enabling reports every context that exists already.
    await cdp.send('Runtime.enable');
    const ours = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
    if (!ours) return undefined;
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: ours.id, returnByValue: true });
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}
