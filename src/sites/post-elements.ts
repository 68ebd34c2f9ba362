/**
 * The post elements to read: every one in the document, or with `roots` (nodes just added)
 * only those containing or inside them, each once. Its own module, free of the parsers, because
 * the Facebook page-world script inlines it and must stay small.
 */
export function postElements(doc: Document, selector: string, roots?: Iterable<Node>): Element[] {
  if (!roots) return [...doc.querySelectorAll(selector)];
  const found = new Set<Element>();
  const enclosing = enclosingPosts(selector);
  for (const node of roots) {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!element?.isConnected) continue;
    const post = enclosing(element);
    if (post) found.add(post);
    else for (const inner of element.querySelectorAll(selector)) found.add(inner);
  }
  return [...found];
}

/**
 * element.closest(selector), for the nodes of one batch: added nodes share a few parents (a
 * timeline's list), and the climb above each parent, through the whole page's ancestors, is made once.
 */
export function enclosingPosts(selector: string): (element: Element) => Element | null {
  const above = new Map<Element | null, Element | null>();
  return (element) => {
    if (element.matches(selector)) return element;
    const parent = element.parentElement;
    if (!above.has(parent)) above.set(parent, parent?.closest(selector) ?? null);
    return above.get(parent)!;
  };
}
