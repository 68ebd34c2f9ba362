// A burst of observations (many tabs reporting at once) must not refresh every badge once per
// observation: each refresh reads every tracked page and sets every tab's badge.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Db } from '../../src/store/db';
import { freshDb, observation, post } from '../store/fixtures';

const fake = vi.hoisted(() => ({
  db: undefined as unknown as Db,
  session: new Map<string, unknown>(),
  badgeTexts: [] as { tabId?: number; text: string | null }[],
  statesRead: 0,
  failNextRead: false,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    action: {
      setBadgeText: async (details: { tabId?: number; text: string | null }) => void fake.badgeTexts.push(details),
      setBadgeBackgroundColor: async () => undefined,
      setBadgeTextColor: async () => undefined,
      setTitle: async () => undefined,
      getTitle: async () => 'Animateur',
    },
    i18n: { getMessage: () => 'Animateur', getUILanguage: () => 'en' },
    storage: {
      session: {
        get: async (key: string | null) =>
          Object.fromEntries([...fake.session].filter(([k]) => key === null || k === key).map(([k, v]) => [k, structuredClone(v)])),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) fake.session.set(key, structuredClone(value));
        },
        remove: async (key: string) => void fake.session.delete(key),
      },
    },
  },
}));
vi.mock('../../src/background/database', () => ({ database: async () => fake.db }));
vi.mock('../../src/background/page-states', async (original) => {
  const real = await original<typeof import('../../src/background/page-states')>();
  return {
    readPageStates: (...args: Parameters<typeof real.readPageStates>) => {
      fake.statesRead++;
      if (fake.failNextRead) {
        fake.failNextRead = false;
        return Promise.reject(new Error('the database went away'));
      }
      return real.readPageStates(...args);
    },
  };
});

const { afterObservation, refreshBadges } = await import('../../src/background/badge');
const { ingestObservation } = await import('../../src/background/ingest');

const TABS = 30;
const tracked = { tracked: true, pageId: 'x:acme', writes: 1 } as const;
const tabsBadged = () => new Set(fake.badgeTexts.map((b) => b.tabId).filter((id) => id !== undefined)).size;

beforeEach(async () => {
  fake.db = await freshDb();
  fake.session.clear();
  fake.badgeTexts = [];
  fake.statesRead = 0;
  await ingestObservation(fake.db, observation([post(1, { publishedAt: Date.now() - 3_600_000 })]), Date.now(), { role: 'mine' });
});

describe('badge refresh', () => {
  test('observations from many tabs at once share two refreshes, the last seeing every tab', async () => {
    await Promise.all(Array.from({ length: TABS }, (_, tab) => afterObservation(tab, `https://x.com/acme?tab=${tab}`, tracked)));
    expect(fake.statesRead).toBe(2);
    expect(tabsBadged()).toBe(TABS);
    expect(fake.badgeTexts.filter((b) => b.tabId !== undefined).every((b) => b.text === '0')).toBe(true);
  });

  test('a call after a refresh ended starts a new one, which sees later writes', async () => {
    await refreshBadges();
    await afterObservation(1, 'https://x.com/acme', tracked);
    await afterObservation(2, 'https://x.com/acme', tracked);
    expect(fake.statesRead).toBe(3);
    expect(tabsBadged()).toBe(2);
  });

  test('a failed refresh does not hold back those waiting for the next', async () => {
    fake.failNextRead = true;
    const first = refreshBadges();
    const waiting = afterObservation(3, 'https://x.com/acme', tracked);
    await expect(first).rejects.toThrow('the database went away');
    await waiting;
    expect(fake.statesRead).toBe(2);
    expect(fake.badgeTexts).toContainEqual({ tabId: 3, text: '0' });
  });
});
