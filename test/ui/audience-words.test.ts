import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatAudience } from '../../src/ui/format';
import { uiLanguage } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

afterEach(() => {
  uiLanguage.current = 'en';
});

describe('formatAudience', () => {
  test.each([
    ['youtube', 10_400, false, '10.4K subscribers', '10,4 k abonnés'],
    ['youtube', 1, true, '1 subscriber', '1 abonné'],
    ['x', 14_071, true, '14,071 followers', '14 071 abonnés'],
    ['instagram', 1_200_000, false, '1.2M followers', '1,2 M abonnés'],
    ['facebook', 12_000, false, '12K followers', '12 k abonnés'],
    ['mastodon', 900, false, '900 followers', '900 abonnés'],
  ] as const)('%s, %d (exact: %s)', (site, count, exact, en, fr) => {
    uiLanguage.current = 'en';
    expect(formatAudience(site, { count, exact })).toBe(en);
    uiLanguage.current = 'fr';
    // Intl's French groups with a narrow no-break space; compact "k" is lower-case.
    expect(formatAudience(site, { count, exact }).replace(/[\u202f\u00a0]/g, ' ')).toBe(fr);
  });

  test('a rounded count never shows as an exact-looking one', () => {
    expect(formatAudience('youtube', { count: 10_400, exact: false })).not.toMatch(/10,400/);
  });
});
