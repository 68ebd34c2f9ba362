import type { Worker } from 'playwright-core';

export interface StoredData {
  pages: Record<string, any>[];
  posts: Record<string, any>[];
  followers: Record<string, any>[];
  summaries: Record<string, any>[];
}

/** Runs inside the extension (the test driver sends its source): it must be self-contained. */
export const storeAccess = async (mode: string): Promise<StoredData> => {
  const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
    const request = indexedDB.open('animateur');
    // No database yet: do not create an empty one under the extension's feet.
    request.onupgradeneeded = () => request.transaction!.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
  });
  if (!db) return { pages: [], posts: [], followers: [], summaries: [] };
  const names = ['pages', 'posts', 'followers', 'summaries'] as const;
  const tx = db.transaction([...names], mode === 'read' ? 'readonly' : 'readwrite');
  const result: Record<string, any[]> = {};
  for (const name of names) {
    result[name] = await new Promise<any[]>((resolve, reject) => {
      const request = mode === 'read' ? tx.objectStore(name).getAll() : tx.objectStore(name).clear();
      request.onsuccess = () => resolve(mode === 'read' ? (request.result as any[]) : []);
      request.onerror = () => reject(request.error);
    });
  }
  db.close();
  return result as unknown as StoredData;
};

/** The extension's own IndexedDB, read from inside its service worker. */
export function readStore(worker: Worker): Promise<StoredData> {
  return worker.evaluate(storeAccess, 'read');
}

export async function clearStore(worker: Worker): Promise<void> {
  await worker.evaluate(storeAccess, 'clear');
}
