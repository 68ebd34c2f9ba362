import { paintedOver } from './painted-over';

/**
 * Whether a control the admin just clicked was plainly in view: the page the overlay sits on
 * can restyle our host element (opacity 0 over a decoy, a filter, a scale) or lay something
 * over it, to turn a click meant for its own content into one on ours.
 */
export interface VisibilityWatch {
  /**
   * false: the element was hidden or covered lately; true (Chromium's IntersectionObserver v2
   * only): it was plainly visible; undefined: no answer yet, the click is judged on its own.
   */
  visible(): boolean | undefined;
  stop(): void;
}

/**
 * Watches `element` with IntersectionObserver v2 where the browser has it (Chromium), else
 * (Firefox) looks for what the page paints over it wherever the pointer moves over it.
 */
export function watchVisibility(element: HTMLElement): VisibilityWatch {
  const occlusion = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
  return occlusion ? watchOcclusion(element) : watchPointer(element);
}

function watchOcclusion(element: Element): VisibilityWatch {
  let seen: boolean | undefined;
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

/**
 * The page may take its decoy away at the press itself (its own listener hears the pointerdown
 * first) and so pass the check at the click: what the page drew over the control while the
 * pointer rested or moved on it counts too. Covered within this before the click, it is refused.
 */
const COVERED_LATELY_MS = 500;
/** Reading the page costs a walk over its elements: once per this while the pointer is on the control, not otherwise. */
const POINTER_READ_MS = 100;

function watchPointer(element: HTMLElement): VisibilityWatch {
  const host = (element.getRootNode() as ShadowRoot).host;
  let coveredAt = -Infinity;
  let point: { x: number; y: number } | undefined;
  let reading: ReturnType<typeof setInterval> | undefined;
  const read = () => {
    if (host && point && paintedOver(host, point.x, point.y)) coveredAt = performance.now();
  };
  // mouseover too: Firefox sends it, not mousemove, when the control appears under a resting pointer.
  const on = (event: MouseEvent) => {
    point = { x: event.clientX, y: event.clientY };
    if (reading !== undefined) return;
    read();
    reading = setInterval(read, POINTER_READ_MS);
  };
  const off = () => {
    clearInterval(reading);
    reading = undefined;
  };
  element.addEventListener('mouseover', on);
  element.addEventListener('mousemove', on);
  element.addEventListener('mouseleave', off);
  return {
    visible: () => (performance.now() - coveredAt < COVERED_LATELY_MS ? false : undefined),
    stop() {
      off();
      element.removeEventListener('mouseover', on);
      element.removeEventListener('mousemove', on);
      element.removeEventListener('mouseleave', off);
    },
  };
}

/** The smallest a control may be drawn and still count as seen, in CSS pixels. */
const MIN_SIZE = 8;

/**
 * Checks the click itself: a real one (isTrusted), landing on the element as drawn on top, with
 * nothing of the page drawn over it there, the element of a fair size, and nothing on its way up to the page's root (our host included) made
 * transparent, hidden, filtered, clipped or blended away.
 */
export function clickPlainlyOn(element: HTMLElement, event: MouseEvent, watch?: VisibilityWatch): boolean {
  if (!event.isTrusted) return false;
  if (watch?.visible() === false) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return false;
  const root = element.getRootNode() as Document | ShadowRoot;
  if (event.detail === 0) {
    // Enter or Space on the focused control: no pointer, so no point to test. Only the browser's
    // own answer (IntersectionObserver v2, Chromium) can then say it is plainly shown; elsewhere
    // the admin confirms from the toolbar. A page can neither focus a control in our closed root nor send a trusted key.
    if (watch?.visible() !== true || root.activeElement !== element) return false;
  } else {
    const hit = root.elementFromPoint?.(event.clientX, event.clientY);
    if (!hit || !element.contains(hit)) return false;
    // A pass-through decoy escapes the hit test: without the browser's own answer, the page is read.
    const host = (root as ShadowRoot).host;
    if (watch?.visible() !== true && host && paintedOver(host, event.clientX, event.clientY)) return false;
  }
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
