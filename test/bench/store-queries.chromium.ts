/**
 * The popup's queries on a realistic store, timed against bare idb reads of the same rows.
 * Runs inside a Chromium extension page (real IndexedDB): browser APIs only, no Node.
 */
import { deleteDB } from 'idb';
import { openDb, withOwnAt, type Db, type FollowerSample, type PostRecord } from '../../src/store/db';
import { followerRange, followerSeries } from '../../src/store/followers';
import { listPageSummaries } from '../../src/store/page-summary';
import { postsInRange } from '../../src/store/posts';
import type { Figure as BenchFigure } from './browser/figure';


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
    const tx = db.transaction(['pages', 'posts', 'followers'], 'readwrite');
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
    await tx.done;
  }
}

/** The same rows as listPageSummaries, read with nothing but idb cursors. */
async function bareSummaries(db: Db, trendSince: number): Promise<number> {
  const tx = db.transaction(['pages', 'posts', 'followers']);
  const pages = await tx.objectStore('pages').getAll();
  const rows = await Promise.all(
    pages.map((page) =>
      Promise.all([
        tx.objectStore('posts').index('byOwnPublished').openCursor(IDBKeyRange.bound([page.id], [page.id, []]), 'prev'),
        tx.objectStore('followers').openCursor(followerRange(page.id), 'prev'),
        tx.objectStore('followers').openCursor(followerRange(page.id, -Infinity, trendSince), 'prev'),
      ]),
    ),
  );
  return rows.flat().filter(Boolean).length;
}

/** Medians of `a` and `b` timed in turn, so that neither profits from running after the other. */
async function pairedMedians(a: () => Promise<unknown>, b: () => Promise<unknown>, runs: number): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [j, fn] of (i % 2 ? [[1, b], [0, a]] : [[0, a], [1, b]]) as [0 | 1, () => Promise<unknown>][]) {
      const start = performance.now();
      await fn();
      times[j].push(performance.now() - start);
    }
  }
  const median = (list: number[]) => list.sort((x, y) => x - y)[Math.floor(list.length / 2)] ?? Number.NaN;
  return [median(times[0]), median(times[1])];
}

export async function runStoreQueriesBench(scale: StoreQueriesScale = FULL): Promise<BenchFigure[]> {
  await deleteDB(BENCH_DB);
  const db = await openDb(BENCH_DB);
  await seed(db, scale);
  const figures: BenchFigure[] = [];
  const page = 'x:page0';
  const from = END - 365 * DAY;
  const trendSince = END - 30 * DAY;
  const range = IDBKeyRange.bound([page, from], [page, END]);

  const compare = async (name: string, ours: () => Promise<unknown[]>, bare: () => Promise<unknown>) => {
    const rows = (await ours()).length;
    await bare();
    const [oursMs, bareMs] = await pairedMedians(ours, bare, scale.runs);
    figures.push(
      { name: `store.queries.${name}.ms`, value: oursMs, unit: 'ms' },
      { name: `store.queries.${name}.bare.ms`, value: bareMs, unit: 'ms' },
      // A timer too coarse to see the bare read (0 ms) gives no ratio rather than Infinity.
      { name: `store.queries.${name}.ratio`, value: bareMs > 0 ? oursMs / bareMs : Number.NaN, unit: 'x' },
      { name: `store.queries.${name}.rows`, value: rows, unit: 'rows' },
    );
  };

  await compare('summaries', () => listPageSummaries(db, { trendSince }), () => bareSummaries(db, trendSince));
  await compare('followerSeries', () => followerSeries(db, page, from, END), () => db.getAll('followers', range));
  await compare('postsInRange', () => postsInRange(db, page, from, END), () => db.getAllFromIndex('posts', 'byPublished', range));
  figures.push({ name: 'store.queries.seeded.posts', value: await db.count('posts'), unit: 'posts' });
  figures.push({ name: 'store.queries.seeded.followers', value: await db.count('followers'), unit: 'samples' });
  db.close();
  return figures;
}
