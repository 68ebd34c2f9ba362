import { openDb, type Db } from '../../src/store/db';
import type { Observation, ObservedPost } from '../../src/sites/types';

let made = 0;

/** Each test gets its own database, so tests never see each other's records. */
export function freshDbName(): string {
  return `animateur-test-${++made}`;
}

export function freshDb(): Promise<Db> {
  return openDb(freshDbName());
}

export const T0 = Date.UTC(2026, 0, 15, 12, 0);
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

export function post(n: number, overrides: Partial<ObservedPost> = {}): ObservedPost {
  return {
    id: `p${n}`,
    url: `https://x.com/acme/status/${n}`,
    publishedAt: T0 - n * HOUR,
    precision: 'minute',
    text: `Status number ${n}`,
    kind: 'text',
    reactions: n,
    ...overrides,
  };
}

export function observation(posts: ObservedPost[], overrides: Partial<Observation> = {}): Observation {
  return {
    site: 'x',
    page: { handle: 'acme', name: 'Acme', url: 'https://x.com/acme' },
    ownerView: true,
    followers: { count: 1200, exact: true, shown: '1,200' },
    posts,
    ...overrides,
  };
}

/** Every record of every store, to prove that a failed operation changed nothing. */
export async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const stores = ['pages', 'posts', 'followers', 'ideas', 'settings'] as const;
  const all = await Promise.all(stores.map((store) => db.getAll(store)));
  return Object.fromEntries(stores.map((store, i) => [store, all[i]!]));
}
