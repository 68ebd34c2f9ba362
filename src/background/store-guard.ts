import type { Observation } from '../sites/types';
import type { Db, PageRole } from '../store/db';
import { pageIdOf } from '../store/page-id';
import { classifyStoreError, STORE_OK, storeStatusAfter, type StoreStatus } from '../store/store-error';
import { ingestObservation, type IngestResult } from './ingest';

/** Where the guard keeps what must outlive a stopped worker (browser.storage.session in the extension). */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

interface Pending {
  observation: Observation;
  track?: { role: PageRole };
}

const PENDING_KEY = 'pendingObservations';
const STATUS_KEY = 'storeStatus';
/** A full disk should not fill memory instead: past this, the oldest waiting observations go. */
const MAX_PENDING = 200;

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
  const stored = await session.get([PENDING_KEY, STATUS_KEY]);
  const pending = (stored[PENDING_KEY] as Pending[] | undefined) ?? [];
  const wasOk = ((stored[STATUS_KEY] as StoreStatus | undefined) ?? STORE_OK).state === 'ok';
  if (pending.length) await retry(db, session, pending, now);
  try {
    const result = await ingestObservation(db, observation, now, track);
    if (!wasOk || pending.length) await setStatus(session, STORE_OK);
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
  const pending = (await session.get(PENDING_KEY))[PENDING_KEY] as Pending[] | undefined;
  if (pending?.length) await retry(db, session, pending, now);
}

async function retry(db: Db, session: SessionArea, pending: readonly Pending[], now: number): Promise<void> {
  await session.set({ [PENDING_KEY]: [] });
  for (const [index, item] of pending.entries()) {
    try {
      await ingestObservation(db, item.observation, now, item.track);
    } catch (error) {
      await session.set({ [PENDING_KEY]: pending.slice(index) });
      await setStatus(session, storeStatusAfter(error, now, await storeStatus(session)));
      return;
    }
  }
  await setStatus(session, STORE_OK);
}

export async function storeStatus(session: SessionArea): Promise<StoreStatus> {
  return ((await session.get(STATUS_KEY))[STATUS_KEY] as StoreStatus | undefined) ?? STORE_OK;
}

async function keep(session: SessionArea, item: Pending): Promise<void> {
  const pending = ((await session.get(PENDING_KEY))[PENDING_KEY] as Pending[] | undefined) ?? [];
  await session.set({ [PENDING_KEY]: [...pending, item].slice(-MAX_PENDING) });
}

async function setStatus(session: SessionArea, status: StoreStatus): Promise<void> {
  await session.set({ [STATUS_KEY]: status });
}
