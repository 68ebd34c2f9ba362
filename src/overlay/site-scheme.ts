/**
 * Whether the site is showing its dark or light theme, read from the colour it paints behind
 * its page: X, Facebook and YouTube switch themes by their own setting, whatever the OS says.
 * undefined when the page paints no background of its own: the OS's preference then applies.
 */
export function siteScheme(doc: Document): 'dark' | 'light' | undefined {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgba = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\)/.exec(getComputedStyle(el).backgroundColor);
    if (!rgba || Number(rgba[4] ?? 1) < 0.5) continue;
    const [r, g, b] = [rgba[1], rgba[2], rgba[3]].map(Number) as [number, number, number];
    // Perceived lightness (Rec. 601 weights) on 0–255: a mid grey and lighter reads as light.
    return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? 'dark' : 'light';
  }
  return undefined;
}
