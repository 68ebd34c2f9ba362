/**
 * What refreshing the badge costs after an observation (Node, fake-indexeddb): every tracked page's
 * cadence from its summary, against the same cadences from every stored post.
 * 20 pages with five years of daily statuses each.
 */
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { readPageStates } from '../../src/background/page-states';
import { cadenceOf } from '../../src/insights/cadence';
import { openDb, pageRange, withOwnAt } from '../../src/store/db';
import { refreshSummary } from '../../src/store/summaries';
import { medianMs, report } from './report';

const NAME = 'animateur-bench-badge';
const NOW = Date.UTC(2026, 10, 26, 12);
const DAY = 24 * 60 * 60 * 1000;
const PAGES = 20;
const POSTS_PER_PAGE = 5 * 365;

await deleteDB(NAME);
const db = await openDb(NAME);
const tx = db.transaction(['pages', 'posts', 'followers', 'summaries'], 'readwrite');
for (let p = 0; p < PAGES; p++) {
  const id = `facebook:page${p}`;
  void tx.objectStore('pages').put({ id, site: 'facebook', handle: `page${p}`, url: `https://www.facebook.com/page${p}`, role: 'mine', trackedAt: NOW - 5 * 365 * DAY });
  for (let n = 0; n < POSTS_PER_PAGE; n++) {
    const publishedAt = NOW - (n + p) * DAY;
    void tx.objectStore('posts').put(
      withOwnAt({ pageId: id, postId: `${p}-${n}`, publishedAt, precision: 'minute', firstSeenAt: publishedAt, lastSeenAt: publishedAt, source: 'read' }),
    );
  }
}
// As every writer leaves it: each page's summary beside its history.
for (let p = 0; p < PAGES; p++) await refreshSummary(tx, `facebook:page${p}`);
await tx.done;

const newest = await medianMs(() => readPageStates(db, NOW), 5);
const everything = await medianMs(async () => {
  const pages = await db.getAll('pages');
  return Promise.all(pages.map(async (page) => cadenceOf(page, await db.getAll('posts', pageRange(page.id)), NOW)));
}, 5);

// Same answer both ways, or the figure means nothing.
const fast = (await readPageStates(db, NOW)).map((s) => s.cadence.state).join();
const pages = await db.getAll('pages');
const full = (await Promise.all(pages.map(async (page) => cadenceOf(page, await db.getAll('posts', pageRange(page.id)), NOW).state))).join();
if (fast !== full) throw new Error('badge cadences differ from the full read');

report('badge.refresh.20pages5y', newest, 'ms');
report('badge.refresh.fullRead.20pages5y', everything, 'ms');
report('badge.refresh.vsFullRead.ratio', newest / everything, 'ratio');
db.close();
await deleteDB(NAME);
