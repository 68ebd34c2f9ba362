/**
 * The post elements to read: every one in the document, or with `roots` (nodes just added)
 * only those containing or inside them, each once. Its own module, free of the parsers, because
 * the Facebook page-world script inlines it and must stay small.
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
