import type { Observation } from '../sites/types';
import { drifted, givenFields } from '../sites/given-fields';
import { pageIdOf, type Db, type PageRecord, type PageRole, type PostRecord } from '../store/db';
import { isNewSample, sampleAtOrBefore } from '../store/followers';
import { pageRecordFor } from '../store/pages';
import { mergePost } from '../store/posts';
import { inTransaction, requestBatch } from '../store/transaction';

export type IngestResult = { tracked: false } | { tracked: true; pageId: string; writes: number };

/**
 * Stores one observation in one transaction: all of it or none of it. Transactions on the same
 * stores run one after the other, so two tabs ingesting at once each merge onto the other's result.
 * Only pages the admin chose to track are stored; `track` makes this observation the first.
 * Throws the store's error (see classifyStoreError) with nothing written.
 */
export function ingestObservation(
  db: Db,
  obs: Observation,
  now: number,
  track?: { role: PageRole },
): Promise<IngestResult> {
  const pageId = pageIdOf(obs.site, obs.page.handle);
  return inTransaction(db, ['pages', 'posts', 'followers'], async (tx) => {
    const pages = tx.objectStore('pages');
    let writes = 0;

    let page = await pages.get(pageId);
    if (!page && !track) return { tracked: false };
    if (!page) {
      page = pageRecordFor(obs, track!.role, now);
      await pages.put(page);
      writes++;
    } else {
      const drift = drifted(obs.missing, page.gave);
      const gave = [...new Set([...(page.gave ?? []), ...givenFields(obs)])].sort();
      const next: PageRecord = {
        ...page,
        name: obs.page.name ?? page.name,
        lastMissing: drift.length ? drift : undefined,
        gave,
        lastHidden: obs.hidden?.length ? obs.hidden : undefined,
      };
      const before = page;
      const changed = (['name', 'lastMissing', 'gave', 'lastHidden'] as const).some((key) => String(next[key]) !== String(before[key]));
      if (changed) {
        await pages.put(next);
        writes++;
      }
    }

    const posts = tx.objectStore('posts');
    const ids = [...new Set(obs.posts.map((seen) => seen.id))];
    const stored = await Promise.all(ids.map((id) => posts.get([pageId, id])));
    const current = new Map<string, PostRecord | undefined>(ids.map((id, i) => [id, stored[i]]));
    const changed = new Map<string, PostRecord>();
    // A post listed twice in one observation (pinned and in the timeline) merges twice, in order.
    for (const seen of obs.posts) {
      const merged = mergePost(current.get(seen.id), seen, pageId, now);
      if (merged) {
        current.set(seen.id, merged);
        changed.set(seen.id, merged);
      }
    }
    const puts = requestBatch();
    for (const post of changed.values()) puts.add(posts.put(post));
    await puts.done();
    writes += changed.size;

    if (obs.followers) {
      const followers = tx.objectStore('followers');
      if (isNewSample(await sampleAtOrBefore(followers, pageId), obs.followers, now)) {
        await followers.put({ pageId, at: now, ...obs.followers });
        writes++;
      }
    }

    return { tracked: true, pageId, writes };
  });
}
