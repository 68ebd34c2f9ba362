/**
 * Whether the page paints something over our host at a point: what Firefox, which has no
 * IntersectionObserver v2, is left to check itself. A decoy with pointer-events: none lets the
 * click through to our control while the admin sees only the decoy, and hit testing
 * (elementsFromPoint) skips it just as the click does: so the page's elements are read instead.
 *
 * Only an element that may be drawn above the host can cover it: one in the top layer (a modal
 * dialog, a popover, a full-screen element), or one whose z-index is at least the host's (the
 * host is fixed at the root's top level). Such an element, or anything inside it, covers the
 * point if it draws there: a background, a border, a shadow or outline reaching it, text, an
 * image, a frame, a form control, a backdrop filter, a generated ::before/::after. The answer
 * errs toward "covered" (clipping by an ancestor, masks and stacking contexts nested lower are
 * not worked out): the admin then confirms from the toolbar's popup instead.
 */

/** The host's z-index (overlay-mount sets it): one below the highest, above what sites use. */
export const HOST_Z_INDEX = '2147483646';

/** The top layer, above every z-index; a selector the browser does not know is left out. */
const TOP_LAYER = [':modal', ':popover-open', ':fullscreen'];

/** Elements that draw their own content inside their box whatever their style. */
const DRAWS_CONTENT = new Set(['IMG', 'VIDEO', 'CANVAS', 'IFRAME', 'EMBED', 'OBJECT', 'svg', 'PICTURE']);

export function paintedOver(host: Element, x: number, y: number): boolean {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  const hostStyle = view?.getComputedStyle(host) as CSSStyleDeclaration | null | undefined;
  // Moved or restyled by the page (into a container of its own, its z-index lowered, no longer
  // fixed): nothing then vouches for what is drawn above it.
  if (!view || !hostStyle || host.parentElement !== doc.documentElement) return true;
  if (hostStyle.zIndex !== HOST_Z_INDEX || hostStyle.position !== 'fixed') return true;
  const style = (element: Element) => view.getComputedStyle(element) as CSSStyleDeclaration | null;

  const above = new Set<Element>();
  for (const selector of TOP_LAYER) {
    try {
      for (const element of doc.querySelectorAll(selector)) above.add(element);
    } catch {
      // An older Firefox without :popover-open: it has no popovers either.
    }
  }
  for (const element of allElements(doc.documentElement, host)) {
    const z = style(element)?.zIndex ?? 'auto';
    if (z !== 'auto' && Number(z) >= Number(HOST_Z_INDEX)) above.add(element);
  }
  // Nested candidates are read once, with the outermost.
  const read = new Set<Element>();
  for (const top of above) {
    for (const element of [top, ...allElements(top, host)]) {
      if (read.has(element)) continue;
      read.add(element);
      const drawn = style(element);
      if (!drawn || drawsAt(element, drawn, x, y, style)) return true;
    }
  }
  return false;
}

/**
 * Every element under `root` (not root itself) but `skip` and what it holds, page shadow trees
 * included where the browser lets us see them.
 */
function* allElements(root: Element, skip: Element): Generator<Element> {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => (node === skip ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    yield element;
    // Firefox gives content scripts even a closed shadow root (openOrClosedShadowRoot).
    const shadow = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? element.shadowRoot;
    if (shadow) {
      for (const child of shadow.children) {
        yield child;
        yield* allElements(child, skip);
      }
    }
  }
}

function drawsAt(element: Element, style: CSSStyleDeclaration, x: number, y: number, styleOf: (e: Element) => CSSStyleDeclaration | null): boolean {
  if (style.display === 'none' || !seenThrough(element, styleOf)) return false;
  const boxes = [...element.getClientRects()];
  const inBox = boxes.some((box) => contains(box, x, y, 0));
  if (pseudoDraws(element, 'before', inBox, styleOf) || pseudoDraws(element, 'after', inBox, styleOf)) return true;
  if (style.visibility !== 'visible') return false;
  if (boxes.some((box) => shadowsReach(style.boxShadow, box, x, y))) return true;
  const outline = style.outlineStyle !== 'none' ? px(style.outlineWidth) + Math.max(0, px(style.outlineOffset)) : 0;
  if (outline > 0 && boxes.some((box) => contains(box, x, y, outline))) return true;
  if (!inBox) return textAt(element, style, x, y);
  return (
    DRAWS_CONTENT.has(element.tagName) ||
    (style.appearance || 'none') !== 'none' ||
    visibleColor(style.backgroundColor) ||
    style.backgroundImage !== 'none' ||
    (style.backdropFilter || 'none') !== 'none' ||
    (['Top', 'Right', 'Bottom', 'Left'] as const).some((side) => px(style[`border${side}Width`]) > 0 && visibleColor(style[`border${side}Color`])) ||
    textAt(element, style, x, y)
  );
}

/** Nothing on the way up to the root made it fully transparent. */
function seenThrough(element: Element, styleOf: (e: Element) => CSSStyleDeclaration | null): boolean {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    if (Number(styleOf(node)?.opacity ?? 1) === 0) return false;
  }
  return true;
}

/**
 * A ::before or ::after that draws something. Positioned, it may be anywhere: it counts wherever
 * the point is; otherwise it lies inside the element's box.
 */
function pseudoDraws(element: Element, which: 'before' | 'after', inBox: boolean, styleOf: (e: Element) => CSSStyleDeclaration | null): boolean {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element, `::${which}`) as CSSStyleDeclaration | null | undefined;
  if (!style || style.content === 'none' || style.content === 'normal' || style.display === 'none' || style.visibility !== 'visible') return false;
  if (!seenThrough(element, styleOf) || Number(style.opacity) === 0) return false;
  const draws = style.content !== '""' || visibleColor(style.backgroundColor) || style.backgroundImage !== 'none' || style.boxShadow !== 'none';
  return draws && (inBox || style.position === 'absolute' || style.position === 'fixed');
}

/** The element's own text (not its children's) drawn over the point. */
function textAt(element: Element, style: CSSStyleDeclaration, x: number, y: number): boolean {
  const inked = visibleColor(style.color) || style.textShadow !== 'none' || px(style.getPropertyValue('-webkit-text-stroke-width')) > 0;
  if (!inked) return false;
  const range = element.ownerDocument.createRange();
  for (const node of element.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
    range.selectNodeContents(node);
    // A text shadow may fall beside the glyphs: a generous margin around them.
    const margin = style.textShadow !== 'none' ? 64 : 0;
    if ([...range.getClientRects()].some((box) => contains(box, x, y, margin))) return true;
  }
  return false;
}

/** Whether one of the box-shadows (outer ones offset, blurred and spread; inset ones inside the box) reaches the point. */
function shadowsReach(shadows: string, box: DOMRect, x: number, y: number): boolean {
  if (!shadows || shadows === 'none') return false;
  for (const shadow of shadows.split(/,(?![^(]*\))/)) {
    if (!visibleColor(shadow.match(/rgba?\([^)]*\)|transparent/)?.[0] ?? 'black')) continue;
    if (/\binset\b/.test(shadow)) {
      if (contains(box, x, y, 0)) return true;
      continue;
    }
    const [dx = 0, dy = 0, blur = 0, spread = 0] = [...shadow.replace(/rgba?\([^)]*\)/, '').matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
    const moved = new DOMRect(box.x + dx, box.y + dy, box.width, box.height);
    if (contains(moved, x, y, blur + spread)) return true;
  }
  return false;
}

function contains(box: DOMRect, x: number, y: number, margin: number): boolean {
  if (box.width <= 0 && box.height <= 0 && margin <= 0) return false;
  return x >= box.left - margin && x <= box.right + margin && y >= box.top - margin && y <= box.bottom + margin;
}

/** A computed colour (rgb(), rgba(), `transparent`, or another syntax with its alpha after a slash) that shows. */
function visibleColor(color: string): boolean {
  if (!color || color === 'transparent') return false;
  const alpha = /^rgba?\(/.test(color) ? color.match(/[\d.]+%?/g)?.[3] : color.match(/\/\s*([\d.]+%?)\s*\)$/)?.[1];
  return alpha === undefined || parseFloat(alpha) > 0;
}

function px(value: string): number {
  return parseFloat(value) || 0;
}
