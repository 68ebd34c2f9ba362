import type { SiteId } from '../sites/types';

/** `site:handle`, e.g. `x:badlogicgames`. Its own module so the UI can use it without idb. */
export type PageId = string;

export function pageIdOf(site: SiteId, handle: string): PageId {
  return `${site}:${handle}`;
}
