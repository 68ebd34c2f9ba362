import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DAY_MS } from '../../src/insights/day';
import { formatAgo, formatAudience, formatShortDate } from '../../src/ui/format';
import { intlObject } from '../../src/ui/intl-cache';
import { byPageName } from '../../src/ui/name-order';
import { uiLanguage } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

const NOW = new Date(2026, 5, 15, 15, 30).getTime();
const KINDS = ['NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat', 'PluralRules', 'Collator'] as const;
type Kind = (typeof KINDS)[number];

/** Intl with each formatter's constructions counted (by locale), the real formatters underneath. */
const built = new Map<string, number>();
const originals = { ...Object.fromEntries(KINDS.map((k) => [k, Intl[k]])) } as Record<Kind, any>;
beforeEach(() => {
  built.clear();
  uiLanguage.current = 'en';
  for (const kind of KINDS) {
    const Real = originals[kind];
    (Intl as any)[kind] = class extends Real {
      constructor(locale: string, options?: object) {
        super(locale, options);
        const key = `${kind} ${locale}`;
        built.set(key, (built.get(key) ?? 0) + 1);
      }
    };
  }
});
afterEach(() => {
  for (const kind of KINDS) (Intl as any)[kind] = originals[kind];
});

/** What one popup row and its detail format: the last post's age, a count, a date. */
function row(i: number): string[] {
  return [formatAgo(NOW - (i + 2) * DAY_MS, NOW, 'minute'), formatAudience('facebook', { count: 1000 + i, exact: true }), formatShortDate(NOW - i * DAY_MS)];
}

describe('Intl formatters are built once per locale and options, not per row', () => {
  test('twenty rows build no more formatters than one', () => {
    const one = row(0);
    const afterOne = new Map(built);
    const twenty = Array.from({ length: 20 }, (_, i) => row(i));
    expect(twenty[0]).toEqual(one);
    expect(twenty[19]).toEqual(['3 weeks ago', '1,019 followers', formatShortDate(NOW - 19 * DAY_MS)]);
    expect(built).toEqual(afterOne);
  });

  test('a change of UI language gets its own formatters, formatting in that language', () => {
    expect(row(3)[0]).toBe('5 days ago');
    uiLanguage.current = 'fr';
    expect(row(3)[0]).toBe('il y a 5 jours');
    expect(row(3)[1]).toBe('1\u202f003 abonnés');
    uiLanguage.current = 'en';
    expect(row(3)[0]).toBe('5 days ago');
  });
});

describe('the name order shares the cache, keyed by the locale it is given', () => {
  const pages = Array.from({ length: 20 }, (_, i) => ({ handle: `page${i}`, name: i % 2 ? `Émile ${i}` : `zoé ${i}` }));

  test('sorting twenty pages, twice, builds one collator per locale', () => {
    const once = [...pages].sort(byPageName('fr'));
    expect([...pages].sort(byPageName('fr'))).toEqual(once);
    [...pages].sort(byPageName('sv'));
    expect(built.get('Collator fr')).toBe(1);
    expect(built.get('Collator sv')).toBe(1);
    // French compares accented letters as their base letter: Émile before zoé.
    expect(once[0]!.name).toMatch(/^Émile/);
  });

  test('one object per kind, locale and options: the kind keeps a collator and a formatter apart', () => {
    const collator = intlObject('collator', 'de', undefined, () => new Intl.Collator('de'));
    expect(intlObject('collator', 'de', undefined, () => new Intl.Collator('de'))).toBe(collator);
    expect(intlObject('date', 'de', undefined, () => new Intl.DateTimeFormat('de'))).toBeInstanceOf(Intl.DateTimeFormat);
    expect(intlObject('collator', 'de', { numeric: true }, () => new Intl.Collator('de', { numeric: true }))).not.toBe(collator);
    expect(built.get('Collator de')).toBe(2);
  });
});
