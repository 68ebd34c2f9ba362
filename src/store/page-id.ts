import type { SiteId } from '../sites/types';

/** `site:handle`, e.g. `x:badlogicgames`. Its own module so the UI can use it without idb. */
export type PageId = string;

export function pageIdOf(site: SiteId, handle: string): PageId {
  return `${site}:${handle}`;
}

/** Every key [pageId, …] of one page in posts, followers or ideas: arrays sort after all else. */
export function pageRange(pageId: PageId): IDBKeyRange {
  return IDBKeyRange.bound([pageId], [pageId, []]);
}
