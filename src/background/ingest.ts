import { pageIdOf } from '../store/page-id';
import type { Observation } from '../sites/types';
import type { Db, PageRole } from '../store/db';
import { followerRange, isNewSample } from '../store/followers';
import { pageRecordFor } from '../store/pages';
import { mergePost } from '../store/posts';

export type IngestResult = { tracked: false } | { tracked: true; pageId: string; writes: number };

/**
 * Stores one observation in one transaction: all of it or none of it.
 * Only pages the admin chose to track are stored; `track` makes this observation the first.
 */
export async function ingestObservation(
  db: Db,
  obs: Observation,
  now: number,
  track?: { role: PageRole },
): Promise<IngestResult> {
  const pageId = pageIdOf(obs.site, obs.page.handle);
  const tx = db.transaction(['pages', 'posts', 'followers'], 'readwrite');
  const pages = tx.objectStore('pages');
  let writes = 0;

  let page = await pages.get(pageId);
  if (!page && !track) {
    await tx.done;
    return { tracked: false };
  }
  if (!page) {
    page = pageRecordFor(obs, track!.role, now);
    await pages.put(page);
    writes++;
  } else {
    const missing = obs.missing?.length ? obs.missing : undefined;
    const renamed = obs.page.name !== undefined && obs.page.name !== page.name;
    if (renamed || String(missing) !== String(page.lastMissing)) {
      await pages.put({ ...page, name: obs.page.name ?? page.name, lastMissing: missing });
      writes++;
    }
  }

  const posts = tx.objectStore('posts');
  for (const seen of obs.posts) {
    const merged = mergePost(await posts.get([pageId, seen.id]), seen, pageId, now);
    if (merged) {
      await posts.put(merged);
      writes++;
    }
  }

  if (obs.followers) {
    const followers = tx.objectStore('followers');
    const last = (await followers.openCursor(followerRange(pageId), 'prev'))?.value;
    if (isNewSample(last, obs.followers, now)) {
      await followers.put({ pageId, at: now, ...obs.followers });
      writes++;
    }
  }

  await tx.done;
  return { tracked: true, pageId, writes };
}
