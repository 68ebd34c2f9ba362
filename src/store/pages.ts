import { pageIdOf } from './page-id';
import type { Observation } from '../sites/types';
import type { Db, PageId, PageRecord, PageRole } from './db';

export function pageRecordFor(obs: Observation, role: PageRole, now: number): PageRecord {
  return {
    id: pageIdOf(obs.site, obs.page.handle),
    site: obs.site,
    handle: obs.page.handle,
    name: obs.page.name,
    url: obs.page.url,
    role,
    trackedAt: now,
  };
}

export function getPage(db: Db, id: PageId): Promise<PageRecord | undefined> {
  return db.get('pages', id);
}

export function listPages(db: Db): Promise<PageRecord[]> {
  return db.getAll('pages');
}
