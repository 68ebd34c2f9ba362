import type { Page } from 'playwright-core';
import { overlayIn } from './overlay';

/** The open copy's tag: axe's context names it. */
export const OVERLAY_COPY = 'animateur-overlay-copy';

/**
 * A copy of the overlay's shadow tree, open, where the original stood, for checks that must
 * see inside it (axe): the overlay's own root is closed, reached only through DevTools
 * (harness/overlay.ts). The original is hidden while the copy is checked, so nothing is seen
 * twice; `restore` puts it back.
 */
export async function copyOverlayOpen(page: Page): Promise<{ restore(): Promise<void> }> {
  await (await overlayIn(page)).evaluate(`function () {
    const copy = document.createElement(${JSON.stringify(OVERLAY_COPY)});
    copy.style.cssText = this.host.style.cssText;
    copy.attachShadow({ mode: 'open' }).innerHTML = this.innerHTML;
    this.host.style.visibility = 'hidden';
    document.documentElement.append(copy);
  }`);
  return {
    restore: () =>
      page.evaluate((tag) => {
        document.querySelector(tag)?.remove();
        document.querySelector<HTMLElement>('animateur-overlay')!.style.visibility = '';
      }, OVERLAY_COPY),
  };
}
