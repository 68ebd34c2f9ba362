import type { Page } from 'playwright-core';

/** The open copy's tag: axe's context names it. */
export const OVERLAY_COPY = 'animateur-overlay-copy';

/**
 * A copy of the overlay's shadow tree, open, where the original stood, for checks that must
 * see inside it (axe). The overlay's own shadow root may be closed to page scripts, so it is
 * reached through the DevTools protocol, which sees closed roots too. The original is hidden
 * while the copy is checked, so nothing is seen twice; `restore` puts it back.
 */
export async function copyOverlayOpen(page: Page): Promise<{ restore(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type Node = { nodeName: string; children?: Node[]; shadowRoots?: Node[]; backendNodeId: number };
    const find = (node: Node): Node | undefined =>
      node.nodeName === 'ANIMATEUR-OVERLAY' ? node : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(find).find(Boolean);
    const shadow = find(root as Node)?.shadowRoots?.[0];
    if (!shadow) throw new Error('the page shows no overlay');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (tag) {
        const copy = document.createElement(tag);
        copy.style.cssText = this.host.style.cssText;
        copy.attachShadow({ mode: 'open' }).innerHTML = this.innerHTML;
        this.host.style.visibility = 'hidden';
        document.documentElement.append(copy);
      }`,
      arguments: [{ value: OVERLAY_COPY }],
    });
  } finally {
    await cdp.detach();
  }
  return {
    restore: () =>
      page.evaluate((tag) => {
        document.querySelector(tag)?.remove();
        document.querySelector<HTMLElement>('animateur-overlay')!.style.visibility = '';
      }, OVERLAY_COPY),
  };
}
