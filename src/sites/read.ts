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
