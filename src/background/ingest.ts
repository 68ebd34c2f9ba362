import { DAY_MS } from '../insights/day';
import type { Observation } from '../sites/types';
import { drifted, givenFields } from '../sites/given-fields';
import { pageIdOf, type Db, type PageRecord, type PageRole, type PostRecord } from '../store/db';
import { isNewSample, sampleAtOrBefore } from '../store/followers';
import { pageRecordFor } from '../store/pages';
import { mergePost } from '../store/posts';
import { touchedBy } from '../store/chart-weeks';
import { refreshSummary } from '../store/summaries';
import { inTransaction, requestBatch } from '../store/transaction';

/** refusedPosts: new posts past the day's cap, not stored. */
export type IngestResult = { tracked: false } | { tracked: true; pageId: string; writes: number; refusedPosts?: number };

/**
 * The most new posts one page may bring in a day. A person posts a few a day, and a first visit
 * that scrolls back years shows a few thousand; a page adding fake posts by the thousand (each
 * observation carries at most MAX_POSTS_PER_MESSAGE) stops here, and the detail view stays fast.
 */
export const MAX_NEW_POSTS_PER_DAY = 5000;

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
  return inTransaction(db, ['pages', 'posts', 'followers', 'summaries', 'weeks'], async (tx) => {
    const pages = tx.objectStore('pages');
    let writes = 0;

    const stored = await pages.get(pageId);
    if (!stored && !track) return { tracked: false };
    let page = stored ?? pageRecordFor(obs, track!.role, now);
    let pageChanged = !stored;
    if (stored) {
      const drift = drifted(obs.missing, stored.gave);
      const next: PageRecord = {
        ...stored,
        name: obs.page.name ?? stored.name,
        lastMissing: drift.length ? drift : undefined,
        gave: [...new Set([...(stored.gave ?? []), ...givenFields(obs)])].sort(),
        lastHidden: obs.hidden?.length ? obs.hidden : undefined,
      };
      if ((['name', 'lastMissing', 'gave', 'lastHidden'] as const).some((key) => String(next[key]) !== String(stored[key]))) {
        page = next;
        pageChanged = true;
      }
    }

    const posts = tx.objectStore('posts');
    const ids = [...new Set(obs.posts.map((seen) => seen.id))];
    const storedPosts = await Promise.all(ids.map((id) => posts.get([pageId, id])));
    const before = new Map<string, PostRecord | undefined>(ids.map((id, i) => [id, storedPosts[i]]));
    const current = new Map(before);
    // New posts past the day's cap are refused; those already stored still update.
    const intake = page.intake && now - page.intake.since < DAY_MS ? page.intake : { since: now, count: 0 };
    const fresh = ids.filter((id) => !current.get(id));
    const taken = fresh.slice(0, Math.max(0, MAX_NEW_POSTS_PER_DAY - intake.count));
    const refused = new Set(fresh.slice(taken.length));
    if (taken.length) {
      page = { ...page, intake: { since: intake.since, count: intake.count + taken.length } };
      pageChanged = true;
    }
    if (pageChanged) {
      await pages.put(page);
      writes++;
    }
    const changed = new Map<string, PostRecord>();
    // A post listed twice in one observation (pinned and in the timeline) merges twice, in order.
    for (const seen of obs.posts) {
      if (refused.has(seen.id)) continue;
      const merged = mergePost(current.get(seen.id), seen, pageId, now);
      if (merged) {
        current.set(seen.id, merged);
        changed.set(seen.id, merged);
      }
    }
    const puts = requestBatch();
    const touched: number[] = [];
    for (const post of changed.values()) {
      puts.add(posts.put(post));
      touched.push(...touchedBy(before.get(post.postId), post));
    }
    await puts.done();
    writes += changed.size;
    let historyChanged = changed.size > 0;

    if (obs.followers) {
      const followers = tx.objectStore('followers');
      if (isNewSample(await sampleAtOrBefore(followers, pageId), obs.followers, now)) {
        await followers.put({ pageId, at: now, ...obs.followers });
        writes++;
        historyChanged = true;
      }
    }

    // A page tracked just now gets its summary even when it showed nothing yet.
    if (historyChanged || track) await refreshSummary(tx, pageId, touched);

    return { tracked: true, pageId, writes, ...(refused.size && { refusedPosts: refused.size }) };
  });
}
