// The badge is a bare number; its tooltip (the action's title) says what the number counts.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Db } from '../../src/store/db';
import { freshDb, observation, post } from '../store/fixtures';
import { uiLanguage } from '../ui/fake-browser';

const DAY = 86_400_000;
const fake = vi.hoisted(() => ({
  db: undefined as unknown as Db,
  session: new Map<string, unknown>(),
  titles: new Map<number | 'global', string>(),
}));

vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('../ui/fake-browser');
  return {
    default: {
      ...fakeBrowser,
      action: {
        setBadgeText: async () => undefined,
        setBadgeBackgroundColor: async () => undefined,
        setBadgeTextColor: async () => undefined,
        setTitle: async ({ tabId, title }: { tabId?: number; title: string }) => void fake.titles.set(tabId ?? 'global', title),
        getTitle: async () => fake.titles.get('global') ?? 'Animateur',
      },
      storage: {
        ...fakeBrowser.storage,
        session: {
          get: async (key: string | null) => Object.fromEntries([...fake.session].filter(([k]) => key === null || k === key)),
          set: async (items: Record<string, unknown>) => {
            for (const [key, value] of Object.entries(items)) fake.session.set(key, value);
          },
          remove: async (key: string) => void fake.session.delete(key),
        },
      },
    },
  };
});
vi.mock('../../src/background/database', () => ({ database: async () => fake.db }));

const { afterObservation, refreshBadges } = await import('../../src/background/badge');
const { ingestObservation } = await import('../../src/background/ingest');

async function trackAcme(lastPostDaysAgo: number) {
  await ingestObservation(fake.db, observation([post(1, { publishedAt: Date.now() - lastPostDaysAgo * DAY })]), Date.now(), { role: 'mine' });
}

beforeEach(async () => {
  uiLanguage.current = 'en';
  fake.db = await freshDb();
  fake.session.clear();
  fake.titles.clear();
});

describe('the toolbar icon says what its badge counts', () => {
  test("on a tracked page's tab: the days since that page's last post", async () => {
    await trackAcme(3.5);
    await afterObservation(7, 'https://x.com/acme', { tracked: true, pageId: 'x:acme', writes: 1 } as never);
    expect(fake.titles.get(7)).toBe("Animateur: 3 days since Acme's last post");
  });

  test('elsewhere: how many pages are overdue, or that none is', async () => {
    await trackAcme(40);
    await refreshBadges();
    expect(fake.titles.get('global')).toBe('Animateur: 1 of your pages is overdue for a post');
    fake.db = await freshDb();
    await trackAcme(0.1);
    await refreshBadges();
    expect(fake.titles.get('global')).toBe('Animateur: none of your pages is overdue for a post');
  });

  test('a tab that leaves the page shows the global title again', async () => {
    await trackAcme(40);
    await afterObservation(7, 'https://x.com/acme', { tracked: true, pageId: 'x:acme', writes: 1 } as never);
    await afterObservation(7, 'https://x.com/home', { tracked: false } as never);
    expect(fake.titles.get(7)).toBe('Animateur: 1 of your pages is overdue for a post');
  });

  test('French, with its plural', async () => {
    uiLanguage.current = 'fr';
    await trackAcme(1.2);
    await afterObservation(7, 'https://x.com/acme', { tracked: true, pageId: 'x:acme', writes: 1 } as never);
    expect(fake.titles.get(7)).toBe('Animateur : 1 jour depuis la dernière publication de Acme');
  });

  test('a post of the day is said as such, not as "0 days since"', async () => {
    await trackAcme(0.2);
    await afterObservation(7, 'https://x.com/acme', { tracked: true, pageId: 'x:acme', writes: 1 } as never);
    expect(fake.titles.get(7)).toBe('Animateur: Acme posted today');
    uiLanguage.current = 'fr';
    await afterObservation(7, 'https://x.com/acme', { tracked: true, pageId: 'x:acme', writes: 1 } as never);
    expect(fake.titles.get(7)).toBe('Animateur : Acme a publié aujourd’hui');
  });
});
