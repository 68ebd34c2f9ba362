import { givenFields } from '../sites/given-fields';
import type { Observation } from '../sites/types';
import { pageIdOf, pageRange, type Db, type PageId, type PageRecord, type PageRole } from './db';
import { inTransaction, requestBatch } from './transaction';

export function pageRecordFor(obs: Observation, role: PageRole, now: number): PageRecord {
  return {
    id: pageIdOf(obs.site, obs.page.handle),
    site: obs.site,
    handle: obs.page.handle,
    name: obs.page.name,
    url: obs.page.url,
    role,
    trackedAt: now,
    // The first visit sets what later ones are judged against; it drifts from nothing.
    gave: givenFields(obs),
    ...(obs.hidden?.length ? { lastHidden: obs.hidden } : {}),
  };
}

export function getPage(db: Db, id: PageId): Promise<PageRecord | undefined> {
  return db.get('pages', id);
}


/** Forgets a page: its record, posts, follower samples, ideas, summary and weeks, all in one transaction. */
export function deletePageData(db: Db, id: PageId): Promise<void> {
  return inTransaction(db, ['pages', 'posts', 'followers', 'ideas', 'summaries', 'weeks'], async (tx) => {
    const deletes = requestBatch();
    deletes.add(tx.objectStore('pages').delete(id));
    deletes.add(tx.objectStore('summaries').delete(id));
    for (const store of ['posts', 'followers', 'ideas', 'weeks'] as const) deletes.add(tx.objectStore(store).delete(pageRange(id)));
    await deletes.done();
  });
}
