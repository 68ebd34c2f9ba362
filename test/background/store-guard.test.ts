import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardedIngest, retryPending, storeStatus, type SessionArea } from '../../src/background/store-guard';
import { HOUR, T0, freshDb, observation, post, snapshot } from '../store/fixtures';

/** Session storage as the browser keeps it: values survive by structured copy, not by reference. */
function memorySession(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    get: async (keys) => Object.fromEntries([keys].flat().filter((key) => items.has(key)).map((key) => [key, structuredClone(items.get(key))])),
    set: async (values) => {
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
    },
  };
}

function diskFull() {
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('guardedIngest', () => {
  it('writes nothing to the session for an observation a healthy store takes', async () => {
    const db = await freshDb();
    const session = memorySession();
    const set = vi.spyOn(session, 'set');
    await guardedIngest(db, session, observation([post(1)]), T0, { role: 'mine' });
    await guardedIngest(db, session, observation([post(1), post(2)]), T0 + HOUR);
    expect(set).not.toHaveBeenCalled();
    expect(await storeStatus(session)).toEqual({ state: 'ok' });
  });

  it('keeps an observation the full disk refused, says so, and stores it once there is room', async () => {
    const db = await freshDb();
    const session = memorySession();
    await guardedIngest(db, session, observation([post(1)]), T0, { role: 'mine' });

    const full = diskFull();
    const refused = observation([post(1), post(2)]);
    expect(await guardedIngest(db, session, refused, T0 + HOUR)).toMatchObject({ tracked: true, writes: 0 });
    expect(await storeStatus(session)).toMatchObject({ state: 'quota', since: T0 + HOUR });
    expect((await snapshot(db)).posts).toHaveLength(1);

    // Still full an hour later: the status keeps its start, the observation keeps waiting.
    await retryPending(db, session, T0 + 2 * HOUR);
    expect(await storeStatus(session)).toMatchObject({ state: 'quota', since: T0 + HOUR });

    full.mockRestore();
    await retryPending(db, session, T0 + 3 * HOUR);
    expect((await snapshot(db)).posts).toHaveLength(2);
    expect(await storeStatus(session)).toEqual({ state: 'ok' });
  });

  it('lets other errors through, so the sender retries on its own', async () => {
    const db = await freshDb();
    const session = memorySession();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new TypeError('a bug');
    });
    await expect(guardedIngest(db, session, observation([post(1)]), T0, { role: 'mine' })).rejects.toThrow('a bug');
    expect(await storeStatus(session)).toEqual({ state: 'ok' });
  });

  it('keeps at most 200 waiting observations, the newest', async () => {
    const db = await freshDb();
    const session = memorySession();
    await guardedIngest(db, session, observation([]), T0, { role: 'mine' });
    diskFull();
    for (let i = 0; i < 210; i++) await guardedIngest(db, session, observation([post(i)]), T0 + i);
    const { pendingObservations } = (await session.get('pendingObservations')) as { pendingObservations: { observation: { posts: { id: string }[] } }[] };
    expect(pendingObservations).toHaveLength(200);
    expect(pendingObservations.at(-1)!.observation.posts[0]!.id).toBe(post(209).id);
  });
});
