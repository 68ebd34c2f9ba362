import type { Observation } from '../sites/types';
import type { Db, PageRole } from '../store/db';
import { pageIdOf } from '../store/page-id';
import { classifyStoreError, STORE_OK, storeStatusAfter, type StoreStatus } from '../store/store-error';
import { ingestObservation, type IngestResult } from './ingest';

/** Where the guard keeps what must outlive a stopped worker (browser.storage.session in the extension). */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

interface Pending {
  observation: Observation;
  track?: { role: PageRole };
}

/**
 * The waiting queue, oldest first: one small entry per observation, each observation under its
 * own key. Keeping one means writing it and this list, never the others: the cost of a message
 * stays the same however long the queue.
 */
interface QueueEntry {
  key: string;
  bytes: number;
}

const QUEUE_KEY = 'pendingQueue';
const ITEM_PREFIX = 'pending:';
const STATUS_KEY = 'storeStatus';
/**
 * storage.session holds 10 MB (QUOTA_BYTES), measured as serialized JSON; the queue stays below
 * it with room for the rest of the session (tab pages, the status, the list itself). Past this,
 * the oldest waiting observations go.
 */
export const MAX_QUEUE_BYTES = 8 * 1024 * 1024;
const QUOTA_ERROR = /quota/i;

/**
 * Ingests through a guard: when the disk is full or the database read-only, the observation
 * waits in session storage (the failed transaction left nothing behind) and the status says
 * why, for the popup to show; it is tried again before the next ingest.
 */
export async function guardedIngest(
  db: Db,
  session: SessionArea,
  observation: Observation,
  now: number,
  track?: { role: PageRole },
): Promise<IngestResult> {
  // One read: most observations find nothing waiting and the store well, and then write nothing here.
  const stored = await session.get([QUEUE_KEY, STATUS_KEY]);
  const waiting = ((stored[QUEUE_KEY] as QueueEntry[] | undefined) ?? []).length > 0;
  const wasOk = ((stored[STATUS_KEY] as StoreStatus | undefined) ?? STORE_OK).state === 'ok';
  if (waiting) await retry(db, session, now);
  try {
    const result = await ingestObservation(db, observation, now, track);
    if (!wasOk || waiting) await setStatus(session, STORE_OK);
    return result;
  } catch (error) {
    if (classifyStoreError(error) === 'other') throw error;
    await keep(session, { observation, track });
    await setStatus(session, storeStatusAfter(error, now, await storeStatus(session)));
    // Only a tracked page (or one being tracked) ever gets as far as writing.
    return { tracked: true, pageId: pageIdOf(observation.site, observation.page.handle), writes: 0 };
  }
}

/** Tries the waiting observations again, oldest first; those that still fail keep waiting. */
export async function retryPending(db: Db, session: SessionArea, now: number): Promise<void> {
  if ((await readQueue(session)).length) await retry(db, session, now);
}

export async function storeStatus(session: SessionArea): Promise<StoreStatus> {
  return ((await session.get(STATUS_KEY))[STATUS_KEY] as StoreStatus | undefined) ?? STORE_OK;
}

function retry(db: Db, session: SessionArea, now: number): Promise<void> {
  return serially(async () => {
    // Read again inside the turn: another message may have emptied the queue meanwhile.
    let queue = await readQueue(session);
    while (queue.length) {
      const [entry, ...rest] = queue as [QueueEntry, ...QueueEntry[]];
      const item = (await session.get(entry.key))[entry.key] as Pending | undefined;
      if (item) {
        try {
          await ingestObservation(db, item.observation, now, item.track);
        } catch (error) {
          await setStatus(session, storeStatusAfter(error, now, await storeStatus(session)));
          return;
        }
      }
      // Only once its ingest committed does the observation leave the queue. A worker stopped
      // before this line finds it again and ingests it twice, which merges to the same records.
      await session.set({ [QUEUE_KEY]: rest });
      await session.remove(entry.key);
      queue = rest;
    }
    await setStatus(session, STORE_OK);
  });
}

/** Queues one observation, dropping the oldest to stay under MAX_QUEUE_BYTES and the browser's quota. */
function keep(session: SessionArea, item: Pending): Promise<void> {
  return serially(async () => {
    const entry = { key: ITEM_PREFIX + crypto.randomUUID(), bytes: serializedBytes(item) };
    if (entry.bytes > MAX_QUEUE_BYTES) {
      console.warn('Animateur: an observation too large to wait for disk space was dropped', entry.bytes);
      return;
    }
    const queue = await readQueue(session);
    let total = queue.reduce((sum, queued) => sum + queued.bytes, 0);
    let dropped = 0;
    while (total + entry.bytes > MAX_QUEUE_BYTES) total -= queue[dropped++]!.bytes;
    for (;;) {
      if (dropped) {
        // The list first: an entry never names an observation already removed.
        const gone = queue.splice(0, dropped).map((old) => old.key);
        await session.set({ [QUEUE_KEY]: queue });
        await session.remove(gone);
        dropped = 0;
      }
      try {
        await session.set({ [entry.key]: item, [QUEUE_KEY]: [...queue, entry] });
        return;
      } catch (error) {
        // The rest of the session took more room than counted: the oldest make way, one by one.
        if (!QUOTA_ERROR.test(String(error)) || !queue.length) {
          console.warn('Animateur: session storage refused a waiting observation', error);
          return;
        }
        dropped = 1;
      }
    }
  });
}

async function readQueue(session: SessionArea): Promise<QueueEntry[]> {
  return ((await session.get(QUEUE_KEY))[QUEUE_KEY] as QueueEntry[] | undefined) ?? [];
}

/** What the browser counts against the quota: the JSON form, in UTF-8 bytes. */
function serializedBytes(item: Pending): number {
  return new TextEncoder().encode(JSON.stringify(item)).length;
}

async function setStatus(session: SessionArea, status: StoreStatus): Promise<void> {
  await session.set({ [STATUS_KEY]: status });
}

/**
 * The queue is read, changed and written back by each message the worker answers, and the
 * worker answers several at once: one change at a time, or one would write over another's.
 * Only the order of work in flight lives here; a stopped worker loses nothing by forgetting it.
 */
let queueTurn: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = queueTurn.then(work, work);
  queueTurn = run.catch(() => undefined);
  return run;
}
