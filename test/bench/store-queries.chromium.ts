/**
 * The popup's queries on a realistic store, timed against bare idb reads of the same rows.
 * Runs inside a Chromium extension page (real IndexedDB): browser APIs only, no Node.
 */
import { deleteDB } from 'idb';
import { listPageItems } from '../../src/background/page-views';
import { openDb, withOwnAt, type Db, type FollowerSample, type PostRecord } from '../../src/store/db';
import { followerSeries } from '../../src/store/followers';
import { postsInRange } from '../../src/store/posts';
import { refreshSummary } from '../../src/store/summaries';
import type { Figure as BenchFigure } from './browser/figure';
import { pairedRatio } from './report';

export interface StoreQueriesScale {
  pages: number;
  days: number;
  postsPerDay: number;
  /** Timed runs of each query; the median is kept. */
  runs: number;
}

const DAY = 24 * 60 * 60 * 1000;
const BENCH_DB = 'animateur-bench';
// 20 pages × 5 years: ≈100k posts (2.74 a day) and ≈36k follower samples (one a day).
const FULL: StoreQueriesScale = { pages: 20, days: 5 * 365, postsPerDay: 2.74, runs: 21 };
const END = Date.UTC(2026, 0, 1);

async function seed(db: Db, scale: StoreQueriesScale): Promise<void> {
  const start = END - scale.days * DAY;
  for (let p = 0; p < scale.pages; p++) {
    const pageId = `x:page${p}`;
    const tx = db.transaction(['pages', 'posts', 'followers', 'summaries'], 'readwrite');
    void tx.objectStore('pages').put({ id: pageId, site: 'x', handle: `page${p}`, url: `https://x.com/page${p}`, role: 'mine', trackedAt: start });
    const postCount = Math.round(scale.days * scale.postsPerDay);
    for (let n = 0; n < postCount; n++) {
      const publishedAt = start + Math.floor((n * scale.days * DAY) / postCount);
      const post: PostRecord = {
        pageId, postId: String(n), publishedAt, precision: 'minute', kind: 'text', text: `Status ${n} of page ${p}`,
        repost: n % 7 === 6, reactions: n % 50, firstSeenAt: publishedAt, lastSeenAt: publishedAt, source: 'read',
      };
      void tx.objectStore('posts').put(withOwnAt(post));
    }
    for (let d = 0; d < scale.days; d++) {
      const sample: FollowerSample = { pageId, at: start + d * DAY, count: 1000 + d, exact: true, shown: String(1000 + d) };
      void tx.objectStore('followers').put(sample);
    }
    await refreshSummary(tx, pageId);
    await tx.done;
  }
}

/** The same rows as listPageItems (each page and its summary), with nothing but two idb reads. */
async function barePageList(db: Db): Promise<number> {
  const tx = db.transaction(['pages', 'summaries']);
  const [pages, summaries] = await Promise.all([tx.objectStore('pages').getAll(), tx.objectStore('summaries').getAll()]);
  return pages.length + summaries.length;
}

export async function runStoreQueriesBench(scale: StoreQueriesScale = FULL): Promise<BenchFigure[]> {
  await deleteDB(BENCH_DB);
  const db = await openDb(BENCH_DB);
  await seed(db, scale);
  const figures: BenchFigure[] = [];
  const page = 'x:page0';
  const from = END - 365 * DAY;
  const range = IDBKeyRange.bound([page, from], [page, END]);

  const compare = async (name: string, ours: () => Promise<unknown[]>, bare: () => Promise<unknown>) => {
    const rows = (await ours()).length;
    await bare();
    const paired = await pairedRatio(ours, bare, scale.runs);
    figures.push(
      { name: `store.queries.${name}.ms`, value: paired.ms, unit: 'ms' },
      { name: `store.queries.${name}.bare.ms`, value: paired.baselineMs, unit: 'ms' },
      // A timer too coarse to see the bare read (0 ms) gives no ratio rather than Infinity.
      { name: `store.queries.${name}.ratio`, value: Number.isFinite(paired.ratio) ? paired.ratio : Number.NaN, unit: 'x' },
      { name: `store.queries.${name}.rows`, value: rows, unit: 'rows' },
    );
  };

  await compare('pageList', () => listPageItems(db, END), () => barePageList(db));
  await compare('followerSeries', () => followerSeries(db, page, from, END), () => db.getAll('followers', range));
  await compare('postsInRange', () => postsInRange(db, page, from, END), () => db.getAllFromIndex('posts', 'byPublished', range));
  figures.push({ name: 'store.queries.seeded.posts', value: await db.count('posts'), unit: 'posts' });
  figures.push({ name: 'store.queries.seeded.followers', value: await db.count('followers'), unit: 'samples' });
  db.close();
  return figures;
}
