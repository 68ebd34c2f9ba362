import { codePointLength } from '../code-points';
import { SITE_IDS, type SiteId } from '../sites/types';

/** `site:handle`, e.g. `x:badlogicgames`. Its own module so the UI can use it without idb. */
export type PageId = string;

export function pageIdOf(site: SiteId, handle: string): PageId {
  return `${site}:${handle}`;
}

/** The longest handle taken, in characters (code points, as every length here is counted). */
export const MAX_HANDLE_CHARS = 100;

/**
 * A handle as the adapters make it: lower-case, no surrounding space, at most MAX_HANDLE_CHARS,
 * and on Mastodon user@instance. What breaks these is refused, never cut or trimmed: a cut
 * handle would name another account, and a page stored under it could not be found again.
 * One definition for the worker's messages and the backup file.
 */
export function isValidHandle(site: SiteId, handle: string): boolean {
  if (!handle || handle !== handle.trim() || handle !== handle.toLowerCase()) return false;
  if (codePointLength(handle) > MAX_HANDLE_CHARS) return false;
  return site !== 'mastodon' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(handle);
}

/** The site and handle a valid page id names; null for anything pageIdOf could not have made. */
export function parsePageId(raw: unknown): { site: SiteId; handle: string } | null {
  if (typeof raw !== 'string') return null;
  const colon = raw.indexOf(':');
  const site = raw.slice(0, colon) as SiteId;
  const handle = raw.slice(colon + 1);
  return colon > 0 && SITE_IDS.includes(site) && isValidHandle(site, handle) ? { site, handle } : null;
}

/** Every key [pageId, …] of one page in posts, followers or ideas: arrays sort after all else. */
export function pageRange(pageId: PageId): IDBKeyRange {
  return IDBKeyRange.bound([pageId], [pageId, []]);
}
