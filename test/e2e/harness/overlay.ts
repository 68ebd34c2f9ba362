import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * The overlay's shadow root is closed: neither the page's scripts nor Playwright's locators
 * reach into it. DevTools does (DOM.getDocument with pierce), and clicks go where a person's
 * do: to a point on the screen, as trusted input events.
 */
export interface OverlayProbe {
  /** The element's innerText, or null while no element matches. */
  text(selector: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  /** Waits (generously) until an element matches, or with `gone` until none does. */
  waitFor(selector: string, options?: { gone?: boolean; timeoutMs?: number }): Promise<void>;
  /** A real mouse click at the middle of the element. */
  click(selector: string): Promise<void>;
  /** Runs `fn(root)` on the shadow root, in the page's main world (DevTools' handle, not the page's). */
  evaluate<T>(fn: string): Promise<T>;
}

interface DomNode {
  backendNodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findHost(node: DomNode): DomNode | undefined {
  if (node.localName === 'animateur-overlay') return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

export async function overlayIn(page: Page): Promise<OverlayProbe> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const rootObject = async (): Promise<string | undefined> => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = findHost(root)?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    return object.objectId;
  };
  const onRoot = async <T>(fn: string, selector?: string): Promise<T | undefined> => {
    const objectId = await rootObject();
    if (!objectId) return undefined;
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: fn,
      arguments: [{ value: selector ?? null }],
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };
  const probe: OverlayProbe = {
    text: async (selector) =>
      (await onRoot<string | null>('function (s) { const el = this.querySelector(s); return el ? el.innerText : null; }', selector)) ?? null,
    count: async (selector) => (await onRoot<number>('function (s) { return this.querySelectorAll(s).length; }', selector)) ?? 0,
    async waitFor(selector, { gone = false, timeoutMs = 20_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      while (((await probe.count(selector)) > 0) === gone) {
        if (Date.now() > deadline) throw new Error(`overlay: ${selector} ${gone ? 'still there' : 'never shown'} after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async click(selector) {
      await probe.waitFor(selector);
      const box = await onRoot<{ x: number; y: number }>(
        'function (s) { const r = this.querySelector(s).getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }',
        selector,
      );
      await page.mouse.click(box!.x, box!.y);
    },
    evaluate: async <T>(fn: string) => (await onRoot<T>(fn)) as T,
  };
  return probe;
}

/** A new tab at `url`, once its overlay shows `ready`: how most overlay tests begin. */
export async function openOverlayTab(
  context: BrowserContext,
  url: string,
  ready: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ tab: Page; overlay: OverlayProbe }> {
  const tab = await context.newPage();
  await tab.setViewportSize(viewport);
  await tab.goto(url);
  const overlay = await overlayIn(tab);
  await overlay.waitFor(ready);
  return { tab, overlay };
}
