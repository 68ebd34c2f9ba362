export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/** Bottom corners first: the top of most sites holds their navigation. */
const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
export const MARGIN = 16;
const INTERACTIVE = 'a[href], button, input, select, textarea, [role="button"], [role="link"], [role="textbox"], [tabindex]:not([tabindex="-1"])';

/**
 * The first corner where a box of `size` would cover none of the site's own controls (chat
 * heads, message drawers, "new post" buttons sit in corners). Probes a grid of points with
 * elementsFromPoint, so fixed and scrolled content alike are seen; our own host is skipped.
 */
export function freeCorner(doc: Document, size: { width: number; height: number }, own: Element): Corner {
  const view = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  for (const corner of CORNERS) {
    const left = corner.endsWith('left') ? MARGIN : view.width - MARGIN - size.width;
    const top = corner.startsWith('top') ? MARGIN : view.height - MARGIN - size.height;
    if (!coversControl(doc, { left, top, ...size }, own)) return corner;
  }
  return CORNERS[0]!;
}

function coversControl(doc: Document, box: { left: number; top: number; width: number; height: number }, own: Element): boolean {
  for (let fx = 0; fx <= 1; fx += 0.25) {
    for (let fy = 0; fy <= 1; fy += 0.5) {
      const hits = doc.elementsFromPoint(box.left + fx * box.width, box.top + fy * box.height);
      if (hits.some((el) => el !== own && !own.contains(el) && el.closest(INTERACTIVE))) return true;
    }
  }
  return false;
}
