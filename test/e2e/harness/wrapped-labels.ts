import type { Page } from 'playwright-core';

/**
 * The controls under `selector` whose label runs over more than one line: each text node's line
 * boxes (Range.getClientRects) and their distinct tops, so a button merely taller than its text
 * (padding, an icon) does not count, and one whose words broke does.
 */
export function wrappedLabels(page: Page, selector = 'button, .file-button, a[href]'): Promise<string[]> {
  return page.evaluate((sel) => {
    const lines = (el: Element) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
      }
      return tops.size;
    };
    return [...document.querySelectorAll(sel)].filter((el) => el.getClientRects().length && lines(el) > 1).map((el) => el.textContent!.trim());
  }, selector);
}
