/**
 * Whether the site is showing its dark or light theme where the overlay sits, read from the
 * colour painted behind that point: X, Facebook and YouTube switch themes by their own setting,
 * whatever the OS says, and X paints its black on inner layers, not on the body. undefined when
 * nothing there paints an opaque background: the OS's preference then applies.
 */
export function siteScheme(doc: Document, at: { x: number; y: number }, own: Element): 'dark' | 'light' | undefined {
  const behind = doc.elementsFromPoint(at.x, at.y).filter((el) => el !== own && !own.contains(el));
  for (const el of [...behind, doc.body, doc.documentElement]) {
    if (!el) continue;
    // Firefox gives null, not a style, for a document that is being torn down (a tab closing
    // while the overlay places itself): no colour to read, so the OS's preference applies.
    const style = getComputedStyle(el) as CSSStyleDeclaration | null;
    if (!style) return undefined;
    const rgba = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\)/.exec(style.backgroundColor);
    if (!rgba || Number(rgba[4] ?? 1) < 0.5) continue;
    const [r, g, b] = [rgba[1], rgba[2], rgba[3]].map(Number) as [number, number, number];
    // Perceived lightness (Rec. 601 weights) on 0–255: a mid grey and lighter reads as light.
    return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? 'dark' : 'light';
  }
  return undefined;
}
