// The per-tab badge: a page the admin runs shows its state's colour; a page they only watch is grey.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageState } from '../../src/background/page-states';

const fake = vi.hoisted(() => ({ session: new Map<string, unknown>(), colours: [] as { tabId?: number; color: string }[] }));

vi.mock('webextension-polyfill', () => ({
  default: {
    action: {
      setBadgeText: async () => undefined,
      setBadgeBackgroundColor: async (details: { tabId?: number; color: string }) => void fake.colours.push(details),
      setBadgeTextColor: async () => undefined,
      setTitle: async () => undefined,
    },
    i18n: { getUILanguage: () => 'en', getMessage: () => '' },
    storage: { session: { get: async () => Object.fromEntries(fake.session), remove: async () => undefined } },
  },
}));

const { showBadges } = await import('../../src/background/badge');

const DAY = 86_400_000;
function state(id: string, role: 'mine' | 'watch', muted?: boolean): PageState {
  return {
    page: { id, site: 'x', handle: id.slice(2), url: `https://x.com/${id.slice(2)}`, role, trackedAt: 0, ...(muted !== undefined && { muted }) },
    cadence: { goalDays: 1, state: 'overdue', lastOwnAt: Date.now() - 5 * DAY, sinceMs: 5 * DAY },
  };
}

beforeEach(() => {
  fake.colours.length = 0;
  fake.session.clear();
});

describe('badge colour per tab', () => {
  test('an overdue page of the admin is red; an overdue watched page is grey, unless its reminders were turned on', async () => {
    fake.session.set('tab:1', { pageId: 'x:own', url: '' });
    fake.session.set('tab:2', { pageId: 'x:peer', url: '' });
    fake.session.set('tab:3', { pageId: 'x:followed', url: '' });
    await showBadges([state('x:own', 'mine'), state('x:peer', 'watch'), state('x:followed', 'watch', false)]);
    const colourOf = (tabId: number) => fake.colours.find((c) => c.tabId === tabId)?.color;
    expect(colourOf(1)).toBe('#c62828');
    expect(colourOf(2)).toBe('#757575');
    expect(colourOf(3)).toBe('#c62828');
  });
});
