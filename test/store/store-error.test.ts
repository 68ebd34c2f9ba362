import { afterEach, describe, expect, it, vi } from 'vitest';
import { ingestObservation } from '../../src/background/ingest';
import { classifyStoreError, storeStatusAfter } from '../../src/store/store-error';
import { T0, HOUR, freshDb, observation, post, snapshot } from './fixtures';

/** Makes every put on one store fail the way a full disk or a read-only database does. */
function failPutsOn(storeName: string, error: DOMException) {
  const realPut = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === storeName) throw error;
    return realPut.apply(this, args);
  });
}

const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const readonly = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a failing write', () => {
  it('leaves no partial write when the quota is exceeded midway, and says it was the quota', async () => {
    const db = await freshDb();
    await ingestObservation(db, observation([post(1), post(2)]), T0, { role: 'mine' });
    const before = await snapshot(db);
    failPutsOn('followers', quota);
    const changed = observation([post(1, { reactions: 77 }), post(3)], { page: { handle: 'acme', name: 'Acme Inc', url: 'https://x.com/acme' }, followers: { count: 5, exact: true, shown: '5' } });
    const error = await ingestObservation(db, changed, T0 + HOUR).catch((e: unknown) => e);
    expect(classifyStoreError(error)).toBe('quota');
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
    // Retried later, once there is room, the same observation is stored whole.
    expect(await ingestObservation(db, changed, T0 + 2 * HOUR)).toMatchObject({ writes: 4 });
  });

  it('stores nothing of a newly tracked page when the database is read-only', async () => {
    const db = await freshDb();
    failPutsOn('posts', readonly);
    const error = await ingestObservation(db, observation([post(1)]), T0, { role: 'mine' }).catch((e: unknown) => e);
    expect(classifyStoreError(error)).toBe('readonly');
    vi.restoreAllMocks();
    expect(await db.count('pages')).toBe(0);
  });
});

describe('store status', () => {
  it('classifies what browsers throw', () => {
    expect(classifyStoreError(new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe('quota');
    expect(classifyStoreError(new DOMException('x', 'ReadOnlyError'))).toBe('readonly');
    expect(classifyStoreError(new DOMException('The database connection is closing.', 'InvalidStateError'))).toBe('other');
    expect(classifyStoreError('weird')).toBe('other');
  });

  it('keeps the time the trouble started while it lasts', () => {
    const first = storeStatusAfter(quota, T0);
    expect(first).toEqual({ state: 'quota', since: T0, detail: 'QuotaExceededError: The quota has been exceeded.' });
    expect(storeStatusAfter(quota, T0 + HOUR, first)).toMatchObject({ since: T0 });
    expect(storeStatusAfter(readonly, T0 + HOUR, first)).toMatchObject({ state: 'readonly', since: T0 + HOUR });
  });
});
