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

/**
 * Requests issued together and awaited together. When one fails, or issuing throws midway, the
 * transaction aborts and the others reject too: each is given a handler so none goes unhandled.
 */
export function requestBatch(): { add(request: Promise<unknown>): void; done(): Promise<unknown> } {
  const pending: Promise<unknown>[] = [];
  return {
    add(request) {
      request.catch(() => undefined);
      pending.push(request);
    },
    done: () => Promise.all(pending),
  };
}
