/**
 * What the page-world script (src/page-world/facebook-times.ts) writes on post elements.
 * Anything in the page can write these attributes too, so each value is checked before use.
 * The names are repeated there: that script cannot import (it runs outside the extension).
 */
export const CREATED_ATTR = 'data-animateur-created';
export const POST_ID_ATTR = 'data-animateur-post-id';

/** Facebook opened in February 2004; nothing on it is older. */
const EARLIEST_SECONDS = Date.UTC(2004, 1, 1) / 1000;
const DAY_SECONDS = 86_400;

/** Epoch seconds, when the attribute is a plain integer between 2004 and tomorrow. */
export function trustedCreated(value: string | null, now: Date): number | undefined {
  if (value === null || !/^\d{1,12}$/.test(value)) return undefined;
  const seconds = Number(value);
  const latest = now.getTime() / 1000 + DAY_SECONDS;
  return seconds >= EARLIEST_SECONDS && seconds <= latest ? seconds : undefined;
}

/** A numeric post id, as Facebook's story objects carry it. */
export function trustedPostId(value: string | null): string | undefined {
  return value !== null && /^\d{1,25}$/.test(value) ? value : undefined;
}
