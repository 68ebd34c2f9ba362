import { extensionUrl, OPTIONS_PAGE, type ExtensionBrowser } from './extension-browser';
import { countedWeeks, weekZone, type ChartWeek } from '../../../src/store/chart-weeks';
import type { PageSummary } from '../../../src/store/db';
import { SUMMARY_OWN_POSTS, summaryPost } from '../../../src/store/summaries';
import type { History } from './sample-history';

/**
 * Each page's summary as the store's own writers leave it beside the history (refreshSummary):
 * the newest own posts in the index's order (what the summary keeps of each), the latest follower sample.
 */
function summariesOf(history: History): PageSummary[] {
  return history.pages.map((page) => {
    const ownPosts = history.posts
      .filter((p) => p.pageId === page.id && p.ownAt !== undefined)
      .sort((a, b) => b.ownAt! - a.ownAt! || (a.postId < b.postId ? 1 : a.postId > b.postId ? -1 : 0))
      .slice(0, SUMMARY_OWN_POSTS)
      .map(summaryPost);
    const latest = history.followers.filter((s) => s.pageId === page.id).reduce<History['followers'][number] | undefined>((a, s) => (!a || s.at > a.at ? s : a), undefined);
    return { pageId: page.id, ownPosts, ...(latest && { latestFollowers: latest }), weeksZone: weekZone() };
  });
}

/** Each page's weeks as the store's writers count them (chart-weeks.ts), in this process's time zone. */
function weeksOf(history: History): ChartWeek[] {
  return history.pages.flatMap((page) => countedWeeks(page.id, history.posts.filter((p) => p.pageId === page.id)));
}

/**
 * Writes a history straight into the extension's IndexedDB, from its service worker. The
 * database is first created by the extension itself (the options page asks the worker for the
 * pages, which opens it), so the schema is the real one.
 */
export async function seedHistory(browser: ExtensionBrowser, history: History): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(extensionUrl(browser.extensionId, OPTIONS_PAGE));
  await writeHistory(browser, history);
  await options.close();
}

/** Adds a history to a database the extension has already created (see seedHistory). */
export async function writeHistory(browser: ExtensionBrowser, history: History): Promise<void> {
  await browser.worker.evaluate(putHistory, historyWrite(history));
}

/** What putHistory writes: the history, and the summaries and weeks the store keeps beside it. */
export interface HistoryWrite {
  history: History;
  summaries: PageSummary[];
  weeks: ChartWeek[];
}

export function historyWrite(history: History): HistoryWrite {
  return { history, summaries: summariesOf(history), weeks: weeksOf(history) };
}

/**
 * Runs inside the extension (the test driver sends its source), in either browser. No named
 * functions inside: under tsx (npm run demo) esbuild would wrap them in a helper that does not
 * exist in the extension.
 */
export const putHistory = async ({ history, summaries, weeks }: HistoryWrite): Promise<void> => {
  for (let tries = 0; ; tries++) {
    const known = await indexedDB.databases();
    if (known.some((db) => db.name === 'animateur' && (db.version ?? 0) >= 3)) break;
    if (tries > 100) throw new Error('the extension did not create its database');
    await new Promise((r) => setTimeout(r, 50));
  }
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('animateur');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  // Weeks counted in another time zone than the browser's are not kept: its chart then reads the posts.
  const withWeeks = db.objectStoreNames.contains('weeks') && summaries.every((s) => s.weeksZone === Intl.DateTimeFormat().resolvedOptions().timeZone);
  const tx = db.transaction(['pages', 'posts', 'followers', 'summaries', ...(withWeeks ? ['weeks'] : [])], 'readwrite');
  for (const page of history.pages) tx.objectStore('pages').put(page);
  for (const post of history.posts) tx.objectStore('posts').put(post);
  for (const sample of history.followers) tx.objectStore('followers').put(sample);
  for (const { weeksZone, ...summary } of summaries) tx.objectStore('summaries').put(withWeeks ? { ...summary, weeksZone } : summary);
  if (withWeeks) for (const week of weeks) tx.objectStore('weeks').put(week);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
};
