import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatAgo, formatCount } from '../../src/ui/format';
import { formatCounted, tForSite } from '../../src/ui/format';
import { tPlural, uiLocale } from '../../src/ui/i18n';
import { uiLanguage, unknownMessages } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

afterEach(() => {
  uiLanguage.current = 'en';
  uiLanguage.browser = undefined;
});

describe('one locale for strings and Intl', () => {
  test('a browser in a language without strings (German) gets English words with English numbers, never mixed', () => {
    uiLanguage.browser = 'de-DE';
    expect(uiLocale()).toBe('en');
    expect(formatCount(1240)).toBe('1,240');
    expect(formatAgo(0, 3 * 86_400_000, 'minute')).toBe('3 days ago');
  });

  test('a regional variant of a language with strings keeps its region for numbers and dates', () => {
    uiLanguage.current = 'fr';
    uiLanguage.browser = 'fr-CA';
    expect(uiLocale()).toBe('fr-CA');
    expect(formatAgo(0, 3 * 86_400_000, 'minute')).toBe('il y a 3 jours');
  });

  test('the UI language tag is parsed once, not at every string or number formatted', () => {
    uiLanguage.current = 'fr';
    uiLanguage.browser = 'fr-BE';
    const Real = Intl.Locale;
    let parsed = 0;
    const intl = Intl as { Locale: typeof Real };
    intl.Locale = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        parsed++;
      }
    };
    try {
      for (let i = 0; i < 50; i++) expect(uiLocale()).toBe('fr-BE');
    } finally {
      intl.Locale = Real;
    }
    expect(parsed).toBeLessThanOrEqual(1);
  });

  test('the browser language itself when strings exist in it', () => {
    uiLanguage.current = 'fr';
    expect(uiLocale()).toBe('fr');
  });
});

describe('only messages that exist are asked for (Firefox logs every other)', () => {
  test('a site word variant where one is written, the message itself elsewhere; French plurals of a million', () => {
    unknownMessages.length = 0;
    expect(tForSite('youtube', 'reminderSilent', '3 days')).toMatch(/subscribers/);
    expect(tForSite('x', 'reminderSilent', '3 days')).toMatch(/followers/);
    expect(tForSite('youtube', 'dashboardTitle')).toBe(tForSite('x', 'dashboardTitle'));
    uiLanguage.current = 'fr';
    expect(tPlural('badgeTitleOverdue', 1_000_000, ['1 000 000'])).toContain('1 000 000 de vos pages attendent');
    expect(formatCounted('countPosts', 2_000_000)).toMatch(/publications/);
    expect(unknownMessages).toEqual([]);
  });
});
