import type { IDBPTransaction, StoreNames } from 'idb';
import type { AnimateurDB, Db } from './db';

export type WriteTx<Names extends StoreNames<AnimateurDB>[]> = IDBPTransaction<AnimateurDB, Names, 'readwrite'>;

/**
 * Runs `work` in one readwrite transaction: all of it is stored or none of it.
 * The error thrown is the transaction's own when it has one (a QuotaExceededError surfaces there,
 * while the pending requests only say AbortError).
 */
export async function inTransaction<Names extends StoreNames<AnimateurDB>[], Result>(
  db: Db,
  names: Names,
  work: (tx: WriteTx<Names>) => Promise<Result>,
): Promise<Result> {
  const tx = db.transaction(names, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (err) {
    // Without this, a throw between two requests would let the transaction commit what came before.
    try {
      tx.abort();
    } catch {
      // Already aborted by the browser, or already finished.
    }
    await tx.done.catch(() => undefined);
    throw tx.error ?? err;
  }
}
