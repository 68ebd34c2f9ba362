import type { Db, IdeaRecord, PageId } from './db';

/** Every idea the admin marked "Not for me", on any page, newest first: what the options offer to bring back. */
export async function dismissedIdeas(db: Db): Promise<IdeaRecord[]> {
  const all = await db.getAll('ideas');
  return all.filter((idea) => idea.state === 'dismissed').sort((a, b) => b.at - a.at);
}

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
