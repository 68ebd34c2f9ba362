import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionArea } from '../../src/background/store-guard';
import type { Observation } from '../../src/sites/types';
import { HOUR, T0, freshDb, observation, post, snapshot } from '../store/fixtures';

/**
 * A worker stopped mid-work: from the given call on, ingestObservation never returns (and so
 * nothing after it runs), as when the browser stops the worker during a retry.
 */
const worker = vi.hoisted(() => ({ stopAtIngest: Infinity, ingests: 0 }));
vi.mock('../../src/background/ingest', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/background/ingest')>();
  return {
    ...real,
    ingestObservation: (...args: Parameters<typeof real.ingestObservation>) =>
      ++worker.ingests >= worker.stopAtIngest ? new Promise<never>(() => undefined) : real.ingestObservation(...args),
  };
});

/** A freshly started worker: its own copy of the module, as after the browser restarts it. */
async function startWorker() {
  vi.resetModules();
  return import('../../src/background/store-guard');
}
const { guardedIngest, retryPending, storeStatus, MAX_QUEUE_BYTES } = await startWorker();

/**
 * Session storage as the browser keeps it: values survive by structured copy, not by reference,
 * and a write that would take the whole over `quota` (JSON bytes, keys included) is refused whole
 * with Chrome's message. `written` counts the bytes each write carried.
 */
function memorySession(quota = 10 * 1024 * 1024): SessionArea & { written: number[]; used(): number } {
  const items = new Map<string, unknown>();
  const sizes = new Map<string, number>();
  const size = (key: string, value: unknown) => key.length + new TextEncoder().encode(JSON.stringify(value)).length;
  const used = () => [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
  const written: number[] = [];
  return {
    written,
    used,
    get: async (keys) => Object.fromEntries([keys].flat().filter((key) => items.has(key)).map((key) => [key, structuredClone(items.get(key))])),
    set: async (values) => {
      const entries = Object.entries(values).map(([key, value]) => [key, value, size(key, value)] as const);
      const replaced = entries.reduce((sum, [key]) => sum + (sizes.get(key) ?? 0), 0);
      const adding = entries.reduce((sum, [, , bytes]) => sum + bytes, 0);
      if (used() - replaced + adding > quota) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      written.push(adding);
      for (const [key, value, bytes] of entries) {
        items.set(key, structuredClone(value));
        sizes.set(key, bytes);
      }
    },
    remove: async (keys) => {
      for (const key of [keys].flat()) {
        items.delete(key);
        sizes.delete(key);
      }
    },
  };
}

/** The observations waiting in the session, oldest first, as the guard keeps them. */
async function waiting(session: SessionArea): Promise<Observation[]> {
  const { pendingQueue = [] } = (await session.get('pendingQueue')) as { pendingQueue?: { key: string }[] };
  const items = await session.get(pendingQueue.map((entry) => entry.key));
  return pendingQueue.map((entry) => (items[entry.key] as { observation: Observation }).observation);
}

/** An observation of `count` posts with full-length texts, about 400 bytes a post once serialized. */
function large(first: number, count: number): Observation {
  return observation(Array.from({ length: count }, (_, i) => post(first + i, { text: 'x'.repeat(280) })));
}

function diskFull() {
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  worker.stopAtIngest = Infinity;
  worker.ingests = 0;
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

  it('keeps the newest waiting observations under the byte cap, at a flat cost per message', async () => {
    const db = await freshDb();
    const session = memorySession();
    await guardedIngest(db, session, observation([]), T0, { role: 'mine' });
    diskFull();
    // 40 observations of 500 posts, about 200 kB each: 8 MB reached from the 40th or so.
    const perKeep: number[] = [];
    for (let i = 0; i < 48; i++) {
      const before = session.written.length;
      await guardedIngest(db, session, large(i * 500, 500), T0 + i);
      perKeep.push(session.written.slice(before).reduce((sum, bytes) => sum + bytes, 0));
    }
    const queue = await waiting(session);
    expect(queue.length).toBeLessThan(48);
    expect(queue.length).toBeGreaterThan(30);
    // The oldest went; the newest is kept.
    expect(queue.at(-1)!.posts[0]!.id).toBe(post(47 * 500).id);
    expect(queue[0]!.posts[0]!.id).toBe(post((48 - queue.length) * 500).id);
    expect(session.used()).toBeLessThanOrEqual(MAX_QUEUE_BYTES + 64 * 1024);
    // The 48th message writes its own observation and the small list, not the whole queue again.
    expect(perKeep.at(-1)!).toBeLessThan(2 * perKeep[0]!);
  }, 60_000);

  it('catches the session quota error when the rest of the session leaves less room, dropping the oldest', async () => {
    const db = await freshDb();
    const session = memorySession(1024 * 1024);
    await guardedIngest(db, session, observation([]), T0, { role: 'mine' });
    diskFull();
    for (let i = 0; i < 10; i++) await guardedIngest(db, session, large(i * 500, 500), T0 + i);
    const queue = await waiting(session);
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.at(-1)!.posts[0]!.id).toBe(post(9 * 500).id);
    expect(await storeStatus(session)).toMatchObject({ state: 'quota' });
  }, 30_000);

  it('loses nothing when the worker stops in the middle of a retry', async () => {
    const db = await freshDb();
    const session = memorySession();
    await guardedIngest(db, session, observation([]), T0, { role: 'mine' });
    const full = diskFull();
    for (let i = 0; i < 20; i++) await guardedIngest(db, session, large(i * 50, 50), T0 + i);
    expect(await waiting(session)).toHaveLength(20);
    full.mockRestore();

    // Room again; the worker stops after storing 3 of the 20 (it never starts the 4th).
    worker.ingests = 0;
    worker.stopAtIngest = 4;
    void retryPending(db, session, T0 + HOUR);
    await vi.waitFor(() => expect(worker.ingests).toBe(4));
    expect((await snapshot(db)).posts).toHaveLength(150);
    expect(await waiting(session)).toHaveLength(17);

    worker.stopAtIngest = Infinity;
    const next = await startWorker();
    await next.retryPending(db, session, T0 + 2 * HOUR);
    expect((await snapshot(db)).posts).toHaveLength(1000);
    expect(await waiting(session)).toEqual([]);
    expect(await next.storeStatus(session)).toEqual({ state: 'ok' });
  }, 30_000);
});
