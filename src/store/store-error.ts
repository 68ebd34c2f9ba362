/**
 * Why a write to IndexedDB failed, as the popup tells the admin. 'quota': the disk or the
 * browser's storage budget is full. 'readonly': the browser will not let the extension write
 * (Firefox private windows, a read-only profile). Both keep the observation for a later retry.
 */
export type StoreErrorKind = 'quota' | 'readonly' | 'other';

export type StoreStatus = { state: 'ok' } | { state: StoreErrorKind; since: number; detail: string };

export const STORE_OK: StoreStatus = { state: 'ok' };

// Legacy DOMException code of QUOTA_EXCEEDED_ERR, still set by some engines.
const QUOTA_CODE = 22;

export function classifyStoreError(err: unknown): StoreErrorKind {
  if (!(err instanceof Error || err instanceof DOMException)) return 'other';
  const { name, message } = err;
  const code = (err as { code?: unknown }).code;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === QUOTA_CODE) return 'quota';
  if (name === 'ReadOnlyError') return 'readonly';
  // Firefox refuses writes in private windows with "A mutation operation was attempted on a
  // database that did not allow mutations"; Chrome on a read-only disk says "read only".
  if (/mutation|read[- ]?only/i.test(message)) return 'readonly';
  return 'other';
}

/** The status after a failed write; `since` is kept from the previous status while the cause is the same. */
export function storeStatusAfter(err: unknown, now: number, previous: StoreStatus = STORE_OK): StoreStatus {
  const state = classifyStoreError(err);
  const since = previous.state === state ? previous.since : now;
  return { state, since, detail: describeError(err) };
}

export function describeError(err: unknown): string {
  return err instanceof Error || err instanceof DOMException ? `${err.name}: ${err.message}` : String(err);
}
