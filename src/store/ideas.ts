import type { Db, IdeaRecord } from './db';

/** Every idea the admin marked "Not for me", on any page, newest first: what the options offer to bring back. */
export async function dismissedIdeas(db: Db): Promise<IdeaRecord[]> {
  const all = await db.getAll('ideas');
  return all.filter((idea) => idea.state === 'dismissed').sort((a, b) => b.at - a.at);
}

/**
 * Brings back an idea marked "Not for me": its record goes, so the nudges weigh it again as
 * an idea never answered. Only a dismissed idea is restored (a done or shown one keeps its
 * history, which the rotation needs). False when there was none to restore.
 */
export async function restoreIdea(db: Db, pageId: string, ideaId: string): Promise<boolean> {
  const tx = db.transaction('ideas', 'readwrite');
  const record = await tx.store.get([pageId, ideaId]);
  const dismissed = record?.state === 'dismissed';
  if (dismissed) await tx.store.delete([pageId, ideaId]);
  await tx.done;
  return dismissed;
}
