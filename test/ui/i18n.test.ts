import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatAgo, formatCount } from '../../src/ui/format';
import { uiLocale } from '../../src/ui/i18n';
import { uiLanguage } from './fake-browser';

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

  test('the browser language itself when strings exist in it', () => {
    uiLanguage.current = 'fr';
    expect(uiLocale()).toBe('fr');
  });
});
