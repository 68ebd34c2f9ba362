import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../src/insights/day';
import { cadenceOf } from '../../src/insights/cadence';
import type { DatePrecision } from '../../src/sites/types';
import type { PageRecord, PostRecord } from '../../src/store/db';
import { lastStatusText } from '../../src/ui/cadence-text';
import { formatAgo, formatReason, formatSpan } from '../../src/ui/format';
import { uiLanguage } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

// Local time, mid-afternoon: calendar days and hours are both unambiguous.
const NOW = new Date(2026, 5, 15, 15, 30).getTime();
const ago = (ms: number) => NOW - ms;

beforeEach(() => {
  uiLanguage.current = 'en';
});

/** The same call in English, then in French. */
function expectInBoth(say: () => string, en: string, fr: string) {
  uiLanguage.current = 'en';
  expect(say()).toBe(en);
  uiLanguage.current = 'fr';
  expect(say()).toBe(fr);
}

describe('formatAgo: each range, as people say it', () => {
  const cases: [string, number, string, string][] = [
    ['under a minute', 20_000, 'just now', 'à l’instant'],
    ['one minute', MINUTE_MS, '1 minute ago', 'il y a 1 minute'],
    ['minutes', 42 * MINUTE_MS, '42 minutes ago', 'il y a 42 minutes'],
    ['one hour', HOUR_MS, '1 hour ago', 'il y a 1 heure'],
    ['hours', 5 * HOUR_MS, '5 hours ago', 'il y a 5 heures'],
    ['a day', 30 * HOUR_MS, 'yesterday', 'hier'],
    ['days', 6 * DAY_MS, '6 days ago', 'il y a 6 jours'],
    ['thirteen days', 13 * DAY_MS, '13 days ago', 'il y a 13 jours'],
    ['two weeks', 15 * DAY_MS, '2 weeks ago', 'il y a 2 semaines'],
    ['weeks, nearly two months', 58 * DAY_MS, '8 weeks ago', 'il y a 8 semaines'],
    ['months', 100 * DAY_MS, '3 months ago', 'il y a 3 mois'],
    ['a year', 370 * DAY_MS, '1 year ago', 'il y a 1 an'],
    ['thirteen months', 400 * DAY_MS, '13 months ago', 'il y a 13 mois'],
    ['539 days', 539 * DAY_MS, '17 months ago', 'il y a 17 mois'],
    ['years', 1000 * DAY_MS, '2 years ago', 'il y a 2 ans'],
  ];
  test.each(cases)('%s (en, fr)', (_, elapsed, en, fr) => expectInBoth(() => formatAgo(ago(elapsed), NOW, 'minute'), en, fr));

  test('never "539 jours", never "this minute"', () => {
    uiLanguage.current = 'fr';
    expect(formatAgo(ago(539 * DAY_MS), NOW)).not.toMatch(/jours/);
    uiLanguage.current = 'en';
    expect(formatAgo(ago(10_000), NOW)).not.toMatch(/this minute/);
  });

  test('a date ahead of now (a skewed clock) is "just now"', () => {
    expect(formatAgo(NOW + 5 * MINUTE_MS, NOW, 'second')).toBe('just now');
  });
});

describe('formatAgo: never finer than the date was read', () => {
  const cases: [DatePrecision, number, string, string][] = [
    ['second', 30_000, 'just now', 'à l’instant'],
    ['second', 3 * HOUR_MS, '3 hours ago', 'il y a 3 heures'],
    ['minute', 7 * MINUTE_MS, '7 minutes ago', 'il y a 7 minutes'],
    ['hour', 20 * MINUTE_MS, 'less than an hour ago', 'il y a moins d’une heure'],
    ['hour', 3 * HOUR_MS, '3 hours ago', 'il y a 3 heures'],
    ['day', 2 * HOUR_MS, 'today', 'aujourd’hui'],
    // Read as "yesterday" (stored at noon yesterday): 27 hours, still yesterday, not "1 day".
    ['day', 27 * HOUR_MS + 30 * MINUTE_MS, 'yesterday', 'hier'],
    ['day', 4 * DAY_MS, '4 days ago', 'il y a 4 jours'],
    ['day', 21 * DAY_MS, '3 weeks ago', 'il y a 3 semaines'],
    ['month', 3 * DAY_MS, 'this month', 'ce mois-ci'],
    ['month', 70 * DAY_MS, '2 months ago', 'il y a 2 mois'],
    ['year', 20 * DAY_MS, 'this year', 'cette année'],
    ['year', 800 * DAY_MS, '2 years ago', 'il y a 2 ans'],
  ];
  test.each(cases)('%s, %d ms (en, fr)', (precision, elapsed, en, fr) => expectInBoth(() => formatAgo(ago(elapsed), NOW, precision), en, fr));
});

/** A no-break space, as Intl writes some units ("17\u00a0mois"), compared as a space. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatSpan: how long, counted as the headline counts it', () => {
  const cases: [number, string, string][] = [
    [1, '1 day', '1 jour'],
    [6, '6 days', '6 jours'],
    [13, '13 days', '13 jours'],
    [15, '2 weeks', '2 semaines'],
    [58, '8 weeks', '8 semaines'],
    [100, '3 months', '3 mois'],
    [370, '1 year', '1 an'],
    [400, '13 months', '13 mois'],
    [542, '17 months', '17 mois'],
    [1000, '2 years', '2 ans'],
  ];
  test.each(cases)('%d days (en, fr)', (days, en, fr) => expectInBoth(() => spaced(formatSpan(days)), en, fr));

  test('the seed’s watched Page, silent 542 days: its reason says 17 months, as its headline does', () => {
    const reason = { key: 'reason_followers_waiting', values: { followers: 692, days: 542 } } as const;
    expectInBoth(
      () => spaced(formatReason(reason, 'facebook', true)),
      'Its 692 followers have seen no new post for 17 months.',
      'Ses 692 abonnés n’ont vu aucune nouvelle publication depuis 17 mois.',
    );
    expectInBoth(() => spaced(formatAgo(ago(542 * DAY_MS), NOW, 'second')), '17 months ago', 'il y a 17 mois');
  });
});

describe('"about" goes with a number only, inside the phrase', () => {
  const cases: [DatePrecision, number, string, string][] = [
    ['day', 6 * DAY_MS, 'about 6 days ago', 'il y a environ 6 jours'],
    ['day', 27 * HOUR_MS + 30 * MINUTE_MS, 'yesterday', 'hier'],
    ['day', 2 * HOUR_MS, 'today', 'aujourd’hui'],
    ['month', 100 * DAY_MS, 'about 3 months ago', 'il y a environ 3 mois'],
    ['year', 800 * DAY_MS, 'about 2 years ago', 'il y a environ 2 ans'],
  ];
  test.each(cases)('%s, %d ms (en, fr)', (precision, elapsed, en, fr) => expectInBoth(() => formatAgo(ago(elapsed), NOW, precision, true), en, fr));
});

describe('lastStatusText', () => {
  const page: PageRecord = { id: 'facebook:bistro', site: 'facebook', handle: 'bistro', url: 'https://facebook.com/bistro', role: 'mine', trackedAt: 0 };
  const post = (at: number, precision: DatePrecision): PostRecord => ({
    pageId: page.id, postId: 'p', publishedAt: at, precision, firstSeenAt: at, lastSeenAt: at, source: 'read',
  });
  const text = (elapsed: number, precision: DatePrecision) => lastStatusText(cadenceOf(page, [post(ago(elapsed), precision)], NOW), NOW);

  test.each([
    ['day', 6 * DAY_MS, 'Last post about 6 days ago', 'Dernière publication il y a environ 6 jours'],
    ['day', 27 * HOUR_MS + 30 * MINUTE_MS, 'Last post yesterday', 'Dernière publication hier'],
    ['minute', 6 * DAY_MS, 'Last post 6 days ago', 'Dernière publication il y a 6 jours'],
    ['minute', 10_000, 'Last post just now', 'Dernière publication à l’instant'],
  ] as const)('%s, %d ms (en, fr)', (precision, elapsed, en, fr) => expectInBoth(() => text(elapsed, precision), en, fr));
});
