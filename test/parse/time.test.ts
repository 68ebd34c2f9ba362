import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../src/parse/time';
import type { DatePrecision } from '../../src/sites/types';
import { LOCALES, seededRandom, testSeed } from './seeded';

// Wednesday 26 November 2025, 12:00 local time.
const NOW = new Date(2025, 10, 26, 12, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(y, m - 1, d, h, min, s).getTime();

describe('parseTimestamp: page texts', () => {
  it.each<[string, string, number, DatePrecision]>([
    ['3 h', 'fr', NOW.getTime() - 3 * HOUR, 'hour'],
    ['2 j', 'fr', NOW.getTime() - 2 * DAY, 'day'],
    ['il y a 3 heures', 'fr', NOW.getTime() - 3 * HOUR, 'hour'],
    ['il y a 3 h', 'fr', NOW.getTime() - 3 * HOUR, 'hour'],
    ['-3 h', 'fr', NOW.getTime() - 3 * HOUR, 'hour'],
    ['3 hours ago', 'en', NOW.getTime() - 3 * HOUR, 'hour'],
    ['3h', 'en', NOW.getTime() - 3 * HOUR, 'hour'],
    ['3 hr. ago', 'en', NOW.getTime() - 3 * HOUR, 'hour'],
    ['3 hrs', 'en', NOW.getTime() - 3 * HOUR, 'hour'],
    ['vor 3 Std.', 'de', NOW.getTime() - 3 * HOUR, 'hour'],
    ['hace 2 d', 'es', NOW.getTime() - 2 * DAY, 'day'],
    ['2d ago', 'en', NOW.getTime() - 2 * DAY, 'day'],
    ['3d', 'en', NOW.getTime() - 3 * DAY, 'day'],
    ['2 d', 'pt', NOW.getTime() - 2 * DAY, 'day'],
    ['há 2 dias', 'pt', NOW.getTime() - 2 * DAY, 'day'],
    ['3 ore fa', 'it', NOW.getTime() - 3 * HOUR, 'hour'],
    ['3 uur geleden', 'nl', NOW.getTime() - 3 * HOUR, 'hour'],
    ['5m', 'en', NOW.getTime() - 5 * 60_000, 'minute'],
    ['5 min', 'en', NOW.getTime() - 5 * 60_000, 'minute'],
    ['1 sem.', 'fr', NOW.getTime() - 7 * DAY, 'day'],
    ['1w', 'en', NOW.getTime() - 7 * DAY, 'day'],
    ['1mo', 'en', at(2025, 10, 26, 12), 'month'],
    ['2 mois', 'fr', at(2025, 9, 26, 12), 'month'],
    ['1 an', 'fr', at(2024, 11, 26, 12), 'year'],
    ['1y', 'en', at(2024, 11, 26, 12), 'year'],
    ['last week', 'en', NOW.getTime() - 7 * DAY, 'day'],
    ['3時間前', 'ja', NOW.getTime() - 3 * HOUR, 'hour'],
    ['just now', 'en', NOW.getTime(), 'minute'],
    ['now', 'en', NOW.getTime(), 'minute'],
    ["à l'instant", 'fr', NOW.getTime(), 'minute'],
    ['À l’instant', 'fr', NOW.getTime(), 'minute'],
    ['Yesterday at 5:00 PM', 'en', at(2025, 11, 25, 17), 'minute'],
    ['Hier à 17:00', 'fr', at(2025, 11, 25, 17), 'minute'],
    ['Gestern um 17:00', 'de', at(2025, 11, 25, 17), 'minute'],
    ['ayer a las 17:00', 'es', at(2025, 11, 25, 17), 'minute'],
    ['ieri alle 17:00', 'it', at(2025, 11, 25, 17), 'minute'],
    ['ontem às 17:00', 'pt', at(2025, 11, 25, 17), 'minute'],
    ['gisteren om 17:00', 'nl', at(2025, 11, 25, 17), 'minute'],
    ['Hier', 'fr', at(2025, 11, 25), 'day'],
    ['mardi à 09:12', 'fr', at(2025, 11, 25, 9, 12), 'minute'],
    ['Tuesday at 9:12 AM', 'en', at(2025, 11, 25, 9, 12), 'minute'],
    ['Wednesday at 11:00 AM', 'en', at(2025, 11, 26, 11), 'minute'],
    ['Wednesday at 1:00 PM', 'en', at(2025, 11, 19, 13), 'minute'],
    ['5 octobre 2009', 'fr', at(2009, 10, 5), 'day'],
    ['1er octobre', 'fr', at(2025, 10, 1), 'day'],
    ['3 Nov', 'en', at(2025, 11, 3), 'day'],
    ['30 Nov', 'en', at(2024, 11, 30), 'day'],
    ['Oct 25, 2025', 'en', at(2025, 10, 25), 'day'],
    ['October 25 at 5:05 PM', 'en', at(2025, 10, 25, 17, 5), 'minute'],
    ['Saturday, October 25, 2025 at 5:05 PM', 'en', at(2025, 10, 25, 17, 5), 'minute'],
    ['25. Oktober 2025 um 17:05', 'de', at(2025, 10, 25, 17, 5), 'minute'],
    ['25 de octubre de 2025', 'es', at(2025, 10, 25), 'day'],
    ['3 mar', 'es', at(2025, 3, 3), 'day'],
    ['mar 17:05', 'es', at(2025, 11, 25, 17, 5), 'minute'], // "mar" alone with a time: martes
    ['Today at 9:00 AM', 'en', at(2025, 11, 26, 9), 'minute'],
    ['aujourd’hui à 09:00', 'fr', at(2025, 11, 26, 9), 'minute'],
    ['Tuesday', 'en', at(2025, 11, 25), 'day'],
    ['vorgestern', 'de', at(2025, 11, 24), 'day'],
    ['October 2025', 'en', at(2025, 10, 1), 'month'],
    ['octobre 2025', 'fr', at(2025, 10, 1), 'month'],
    ['25/10/2025', 'fr', at(2025, 10, 25), 'day'],
    ['10/25/25', 'en', at(2025, 10, 25), 'day'],
    ['25.10.2025, 17:05', 'de', at(2025, 10, 25, 17, 5), 'minute'],
    ['25-10-2025', 'nl', at(2025, 10, 25), 'day'],
    ['2025年10月25日 17:05', 'ja', at(2025, 10, 25, 17, 5), 'minute'],
    ['午後5:05', 'ja', at(2025, 11, 25, 17, 5), 'minute'],
    ['17:05', 'fr', at(2025, 11, 25, 17, 5), 'minute'],
    ['25.10.2025 klo 17.05', 'fi', at(2025, 10, 25, 17, 5), 'minute'],
    ['25 oct. 2025, 17 h 05', 'fr-CA', at(2025, 10, 25, 17, 5), 'minute'],
    ['2025-10-25T17:05:03Z', 'en', Date.UTC(2025, 9, 25, 17, 5, 3), 'second'],
    ['2025-10-25T17:05:03.250+02:00', 'fr', Date.UTC(2025, 9, 25, 15, 5, 3, 250), 'second'],
    ['2025-10-25T17:05', 'en', at(2025, 10, 25, 17, 5), 'minute'],
    ['2025-10-25', 'en', at(2025, 10, 25), 'day'],
  ])('%j in %s', (text, locale, expected, precision) => {
    expect(parseTimestamp(text, locale, NOW)).toEqual({ at: expected, precision });
  });

  it.each([
    ['', 'en'],
    ['hello', 'en'],
    ['Posted by the page', 'en'],
    ['Friday, October 25, 2025', 'en'], // 25 October 2025 was a Saturday
    ['31 February 2025', 'en'],
    ['25:00', 'en'],
    ['3 h 12 chats', 'fr'],
    ['+3 h', 'fr'],
    ['in 3 hours', 'en'],
    ['2025', 'en'],
    ['October', 'en'],
    ['12 34 56', 'en'],
    ['😀 3 h', 'fr'],
    ['3 ч назад', 'en'], // Russian words are unknown in English
    ['2025-13-45', 'en'],
  ])('%j in %s → null', (text, locale) => {
    expect(parseTimestamp(text, locale, NOW)).toBeNull();
  });

  it('returns null quickly on 10 kB and odd strings, never throwing', () => {
    const odd = ['3 h '.repeat(2_500), '😀'.repeat(5_000), 'a'.repeat(10_000), '1:'.repeat(99), '\u202f'.repeat(150)];
    // Build the locale tables first: the time limit is for parsing, not for the one-off build.
    for (const locale of ['en', 'fr', 'ja', 'xx', '']) parseTimestamp('1', locale, NOW);
    const start = performance.now();
    for (const text of odd) for (const locale of ['en', 'fr', 'ja', 'xx', '']) expect(parseTimestamp(text, locale, NOW)).toBeNull();
    expect(performance.now() - start).toBeLessThan(100);
    expect(parseTimestamp('3 h', 'fr', new Date(Number.NaN))).toBeNull();
  });
});

const PRECISION_MS: Record<DatePrecision, number> = {
  second: 1000,
  minute: 60_000,
  hour: HOUR,
  day: DAY + HOUR, // a day may hold a DST change
  month: 31 * DAY,
  year: 366 * DAY,
};

/** Truncates a date to the start of its unit, in local time, the way a shown date hides the rest. */
function floorTo(ms: number, precision: DatePrecision): number {
  const d = new Date(ms);
  const parts = [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
  const keep = { year: 1, month: 2, day: 3, hour: 4, minute: 5, second: 6 }[precision];
  const [y = 0, m = 0, day = 1, h = 0, min = 0, s = 0] = parts.map((v, i) => (i < keep ? v : i === 2 ? 1 : 0));
  return new Date(y, m, day, h, min, s).getTime();
}

describe('parseTimestamp: Intl-formatted dates read back', () => {
  const seed = testSeed();
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const units = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;
  const maxAmount = { second: 59, minute: 59, hour: 23, day: 6, week: 4, month: 11, year: 15 };

  it.each(LOCALES)(`RelativeTimeFormat, all styles, in %s (seed ${seed})`, (locale) => {
    for (let i = 0; i < 300; i++) {
      const unit = pick(units);
      const amount = 1 + Math.floor(random() * maxAmount[unit]);
      const style = pick(['long', 'short', 'narrow'] as const);
      const numeric = pick(['always', 'auto'] as const);
      const format = new Intl.RelativeTimeFormat(locale, { style, numeric });
      const shown = format.format(-amount, unit);
      // Some ICU data writes past and future alike (ar-EG short); no reader can tell them apart.
      if (shown === format.format(amount, unit)) continue;
      const parsed = parseTimestamp(shown, locale, NOW);
      const context = `${locale} ${style} ${numeric} -${amount} ${unit} → ${JSON.stringify(shown)} (seed ${seed})`;
      expect(parsed, context).not.toBeNull();
      const expected = new Date(NOW);
      if (unit === 'month') expected.setMonth(expected.getMonth() - amount);
      else if (unit === 'year') expected.setFullYear(expected.getFullYear() - amount);
      else expected.setTime(NOW.getTime() - amount * { second: 1e3, minute: 6e4, hour: HOUR, day: DAY, week: 7 * DAY }[unit]);
      expect(Math.abs(parsed!.at - expected.getTime()), context).toBeLessThan(PRECISION_MS[parsed!.precision]);
    }
  });

  // Each style with how far back its dates may lie (year-less forms mean "within the last year").
  const styles: { options: Intl.DateTimeFormatOptions; withinDays: number }[] = [
    { options: { dateStyle: 'full' }, withinDays: 3000 },
    { options: { dateStyle: 'long', timeStyle: 'short' }, withinDays: 3000 },
    { options: { dateStyle: 'medium', timeStyle: 'short' }, withinDays: 3000 },
    { options: { dateStyle: 'short' }, withinDays: 3000 },
    { options: { day: 'numeric', month: 'long', year: 'numeric' }, withinDays: 3000 },
    { options: { day: 'numeric', month: 'short' }, withinDays: 360 },
    { options: { day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }, withinDays: 360 },
    { options: { month: 'long', year: 'numeric' }, withinDays: 3000 },
    { options: { weekday: 'long', hour: 'numeric', minute: '2-digit' }, withinDays: 6 },
    { options: { weekday: 'short', hour: 'numeric', minute: '2-digit', hour12: true }, withinDays: 6 },
  ];

  it.each(LOCALES)(`DateTimeFormat, several styles, in %s (seed ${seed})`, (locale) => {
    for (let i = 0; i < 300; i++) {
      const { options, withinDays } = pick(styles);
      const date = new Date(NOW.getTime() - Math.floor(random() * withinDays * DAY) - 60_000);
      const shown = new Intl.DateTimeFormat(locale, { calendar: 'gregory', ...options }).format(date);
      const parsed = parseTimestamp(shown, locale, NOW);
      const context = `${locale} ${JSON.stringify(options)} ${date.toString()} → ${JSON.stringify(shown)} (seed ${seed})`;
      expect(parsed, context).not.toBeNull();
      expect(parsed!.at, context).toBe(floorTo(date.getTime(), parsed!.precision));
    }
  });
});
