import { openDb, type Db } from './db';

/**
 * One open connection per context, reopened on demand. It caches a handle, not data: a
 * service worker stopped at any moment loses nothing by losing it. When another context
 * needs a newer schema, this one closes (idb's `blocking`) so the upgrade is never wedged.
 */
let connection: Promise<Db> | undefined;

export function database(): Promise<Db> {
  connection ??= openDb(undefined, {
    onBlocking: () => closeDatabase(),
    onTerminated: () => (connection = undefined),
  }).catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

async function closeDatabase(): Promise<void> {
  const open = connection;
  connection = undefined;
  (await open)?.close();
}
