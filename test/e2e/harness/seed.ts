import { extensionUrl, OPTIONS_PAGE, type ExtensionBrowser } from './extension-browser';
import type { History } from './sample-history';

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
  await browser.worker.evaluate(putHistory, history);
}

/**
 * Runs inside the extension (the test driver sends its source), in either browser. No named
 * functions inside: under tsx (npm run demo) esbuild would wrap them in a helper that does not
 * exist in the extension.
 */
export const putHistory = async (history: History): Promise<void> => {
  for (let tries = 0; ; tries++) {
    const known = await indexedDB.databases();
    if (known.some((db) => db.name === 'animateur' && (db.version ?? 0) >= 2)) break;
    if (tries > 100) throw new Error('the extension did not create its database');
    await new Promise((r) => setTimeout(r, 50));
  }
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('animateur');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['pages', 'posts', 'followers'], 'readwrite');
  for (const page of history.pages) tx.objectStore('pages').put(page);
  for (const post of history.posts) tx.objectStore('posts').put(post);
  for (const sample of history.followers) tx.objectStore('followers').put(sample);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
};
