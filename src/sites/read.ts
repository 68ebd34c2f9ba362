/** Small readers every adapter shares: they turn what a page shows into what we store. */

const MAX_TEXT = 280;

/** Post text as stored: whitespace folded, at most 280 characters, undefined when empty. */
export function clip(text: string | null | undefined): string | undefined {
  const folded = text?.replace(/\s+/g, ' ').trim();
  if (!folded) return undefined;
  return folded.length <= MAX_TEXT ? folded : `${folded.slice(0, MAX_TEXT - 1)}…`;
}

/** A permalink without tracking: query and fragment dropped (Facebook's __cft__, X's ?s=20 …). */
export function cleanUrl(href: string, base?: string): string | undefined {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.search = '';
    url.hash = '';
    return url.toString();
  } catch {
    return undefined;
  }
}

/**
 * The post elements to read: every one in the document, or with `roots` (nodes just added)
 * only those containing or inside them, each once.
 */
export function postElements(doc: Document, selector: string, roots?: Iterable<Node>): Element[] {
  if (!roots) return [...doc.querySelectorAll(selector)];
  const found = new Set<Element>();
  for (const node of roots) {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!element?.isConnected) continue;
    const enclosing = element.closest(selector);
    if (enclosing) found.add(enclosing);
    else for (const inner of element.querySelectorAll(selector)) found.add(inner);
  }
  return [...found];
}
