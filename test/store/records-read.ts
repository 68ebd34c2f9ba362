/**
 * Counts the records IndexedDB hands over while `run` runs, per object store: each value a
 * getAll or get returns and each step of a value cursor. What a query costs however fast the
 * machine: a test can say "reads no more than this" and fail when a read grows with the history.
 * `answers`: how many answers the store gave (a get or getAll one, a cursor one per step), each a
 * round trip to the browser's storage in a real browser. `rounds`: the longest chain of those
 * round trips, each asked for after the one before it answered: what a reader waits for in a row.
 */
export async function recordsRead<T>(run: () => Promise<T>): Promise<{ result: T; read: Record<string, number>; answers: number; rounds: number }> {
  const read: Record<string, number> = {};
  let answers = 0;
  let rounds = 0;
  // The round each pending request (or a cursor's next step) answers in: one after the latest answered when it was asked.
  const roundOf = new WeakMap<IDBRequest, number>();
  const count = (store: string, n: number) => void ((read[store] = (read[store] ?? 0) + n), answers++);
  const restore: (() => void)[] = [];
  const wrap = <P extends IDBIndex | IDBObjectStore>(proto: P, method: 'getAll' | 'get' | 'openCursor', storeOf: (source: P) => string) => {
    const real = proto[method] as (...args: unknown[]) => IDBRequest;
    (proto as unknown as Record<string, unknown>)[method] = function (this: P, ...args: unknown[]) {
      const request = real.apply(this, args);
      roundOf.set(request, rounds + 1);
      const store = storeOf(this);
      // A cursor's request fires success again at every step; a get or getAll once.
      request.addEventListener('success', () => {
        const result: unknown = request.result;
        count(store, Array.isArray(result) ? result.length : result === undefined || result === null ? 0 : 1);
        rounds = Math.max(rounds, roundOf.get(request)!);
        // A cursor's next step is asked for once this one has answered.
        roundOf.set(request, rounds + 1);
      });
      return request;
    };
    restore.push(() => void ((proto as unknown as Record<string, unknown>)[method] = real));
  };
  for (const method of ['getAll', 'get', 'openCursor'] as const) {
    wrap(IDBIndex.prototype, method, (index) => index.objectStore.name);
    wrap(IDBObjectStore.prototype, method, (store) => store.name);
  }
  try {
    const result = await run();
    return { result, read, answers, rounds };
  } finally {
    for (const undo of restore) undo();
  }
}
