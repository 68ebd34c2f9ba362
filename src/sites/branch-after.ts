/**
 * The branch that follows `node`'s: the next sibling of `node` or of its nearest ancestor that
 * has one, inside `root` (anywhere in the document without it). What comes first after `node`'s
 * subtree in page order, found by climbing, not by comparing positions.
 */
export function branchAfter(node: Element, root?: Element): Element | null {
  for (let el: Element | null = node; el && el !== root; el = el.parentElement) {
    const next = el.nextElementSibling;
    if (next) return next;
  }
  return null;
}
