/**
 * Whether a control the admin just clicked was plainly in view: the page the overlay sits on
 * can restyle our host element (opacity 0 over a decoy, a filter, a scale) or lay something
 * over it, to turn a click meant for its own content into one on ours.
 */
export interface VisibilityWatch {
  /** Chromium's occlusion-aware answer (IntersectionObserver v2), once it has one; undefined elsewhere. */
  visible(): boolean | undefined;
  stop(): void;
}

/** Watches `element` with IntersectionObserver v2 where the browser has it (Chromium); elsewhere answers nothing. */
export function watchVisibility(element: Element): VisibilityWatch {
  let seen: boolean | undefined;
  if (typeof IntersectionObserver === 'undefined') return { visible: () => undefined, stop: () => undefined };
  // trackVisibility makes the browser check occlusion, opacity, filters and transforms, which no
  // style a page can set escapes (it is not in the DOM typings yet).
  const options = { threshold: 1, trackVisibility: true, delay: 100 } as IntersectionObserverInit;
  const observer = new IntersectionObserver((entries) => {
    const entry = entries.at(-1) as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
    if (entry && 'isVisible' in entry) seen = entry.isVisible === true && entry.isIntersecting;
  }, options);
  observer.observe(element);
  return { visible: () => seen, stop: () => observer.disconnect() };
}

/** The smallest a control may be drawn and still count as seen, in CSS pixels. */
const MIN_SIZE = 8;

/**
 * Checks the click itself: a real one (isTrusted), landing on the element as drawn on top, the
 * element of a fair size, and nothing on its way up to the page's root (our host included) made
 * transparent, hidden, filtered, clipped or blended away.
 */
export function clickPlainlyOn(element: HTMLElement, event: MouseEvent, watch?: VisibilityWatch): boolean {
  if (!event.isTrusted) return false;
  if (watch?.visible() === false) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return false;
  const root = element.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint?.(event.clientX, event.clientY);
  if (!hit || !element.contains(hit)) return false;
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    // null in Firefox for a document being torn down: nothing proves the click was seen.
    const style = getComputedStyle(node) as CSSStyleDeclaration | null;
    if (!style) return false;
    if (Number(style.opacity) < 1 || style.visibility !== 'visible') return false;
    if ((style.filter || 'none') !== 'none' || (style.clipPath || 'none') !== 'none') return false;
    if ((style.mixBlendMode || 'normal') !== 'normal') return false;
  }
  return true;
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
