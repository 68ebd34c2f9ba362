import type { Db, PageId } from './db';

/**
 * Undoes what the admin said of an idea (done, drafted, dismissed, snoozed): it is back as
 * merely shown today, so the nudges may offer it again. False when the idea has no record.
 */
export async function restoreIdea(db: Db, pageId: PageId, ideaId: string, now: number): Promise<boolean> {
  const tx = db.transaction('ideas', 'readwrite');
  const record = await tx.store.get([pageId, ideaId]);
  if (record) await tx.store.put({ pageId, ideaId, state: 'shown', at: now });
  await tx.done;
  return record !== undefined;
}
