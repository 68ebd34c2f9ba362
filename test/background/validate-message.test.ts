import { describe, expect, test } from 'vitest';
import { validateBackgroundMessage, validateObservation } from '../../src/background/validate-message';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const observation = {
  site: 'x',
  page: { handle: 'someone', name: 'Someone', url: 'https://x.com/someone' },
  ownerView: true,
  followers: { count: 1240, exact: true, shown: '1,240 Followers' },
  posts: [{ id: '1', publishedAt: NOW - 3_600_000, precision: 'second', text: 'hello', kind: 'poll', pinned: true, reactions: 3 }],
};

describe('validateBackgroundMessage', () => {
  test('accepts each well-formed request', () => {
    expect(validateBackgroundMessage({ type: 'list-pages' })).toEqual({ type: 'list-pages' });
    expect(validateBackgroundMessage({ type: 'observation', observation })).toMatchObject({ type: 'observation', observation: { page: { handle: 'someone' } } });
    expect(validateBackgroundMessage({ type: 'track-page', observation, role: 'watch' })).toMatchObject({ role: 'watch' });
  });

  test('accepts each well-formed request of the popup, overlay and options', () => {
    const settings = { remindersEnabled: false, quietStart: 1320, quietEnd: 420 };
    const accepted = [
      { type: 'get-settings' },
      { type: 'page-detail', pageId: 'x:someone' },
      { type: 'delete-page', pageId: 'facebook:le.bistro' },
      { type: 'reminder-snooze', pageId: 'facebook:le.bistro' },
      { type: 'snooze-reminders', pageId: 'facebook:le.bistro', days: 7 },
      { type: 'snooze-reminders', pageId: 'facebook:le.bistro', days: null },
      { type: 'page-glance', site: 'x', handle: 'someone' },
      { type: 'record-post', pageId: 'x:someone', at: NOW, precision: 'minute' },
      { type: 'record-post', pageId: 'x:someone', at: NOW - 86_400_000, precision: 'day' },
      { type: 'remove-manual-post', pageId: 'x:someone', postId: 'manual:1700000000000' },
      { type: 'idea-action', pageId: 'x:someone', ideaId: 'exclusive_first_look', action: 'snoozed' },
      { type: 'idea-action', pageId: 'x:someone', ideaId: 'poll_favourite', action: 'drafted' },
      { type: 'restore-idea', pageId: 'x:someone', ideaId: 'poll_favourite' },
      { type: 'dashboard-pages' },
      { type: 'dashboard-page', pageId: 'x:someone', range: 'all', timeZone: 'Europe/Paris' },
      { type: 'dashboard-page', pageId: 'x:someone', range: '90d', timeZone: 'UTC' },
      { type: 'update-page', pageId: 'x:someone', goalDays: 4, role: 'watch', muted: true },
      { type: 'update-page', pageId: 'x:someone', goalDays: null, role: 'mine', muted: false },
      { type: 'update-page', pageId: 'x:someone', goalDays: 3, role: 'mine' },
      { type: 'set-settings', settings },
    ];
    for (const message of accepted) expect(validateBackgroundMessage(message)).toEqual(message);
  });

  test.each([
    ['not an object', 'list-pages'],
    ['a page id of an unknown site', { type: 'page-detail', pageId: 'myspace:someone' }],
    ['a page id without handle', { type: 'delete-page', pageId: 'x:' }],
    ['a snooze of a length not offered', { type: 'snooze-reminders', pageId: 'x:someone', days: 365 }],
    ['a snooze without its length', { type: 'snooze-reminders', pageId: 'x:someone' }],
    ['a page id with upper case', { type: 'page-detail', pageId: 'x:Someone' }],
    ['a page id that is not a string', { type: 'page-detail', pageId: 42 }],
    ['a glance with an upper-case handle', { type: 'page-glance', site: 'x', handle: 'Someone' }],
    ['a glance with a handle over 100 characters', { type: 'page-glance', site: 'mastodon', handle: `${'a'.repeat(120)}@mastodon.social` }],
    ['a page id with a trailing space', { type: 'page-detail', pageId: 'x:someone ' }],
    ['a page id of 150 characters', { type: 'delete-page', pageId: `x:${'a'.repeat(148)}` }],
    ['a manual post without date', { type: 'record-post', pageId: 'x:someone', precision: 'minute' }],
    ['removing a post read from the page', { type: 'remove-manual-post', pageId: 'x:someone', postId: '1985127737481154951' }],
    ['a manual post dated before social networks', { type: 'record-post', pageId: 'x:someone', at: 0, precision: 'day' }],
    ['a manual post with a precision of a second', { type: 'record-post', pageId: 'x:someone', at: NOW, precision: 'second' }],
    ['an idea that is not in the catalogue', { type: 'idea-action', pageId: 'x:someone', ideaId: 'buy_followers', action: 'done' }],
    ['an unknown idea action', { type: 'idea-action', pageId: 'x:someone', ideaId: 'exclusive_first_look', action: 'delete' }],
    ['a restore of an idea not in the catalogue', { type: 'restore-idea', pageId: 'x:someone', ideaId: 'buy_followers' }],
    ['a dashboard range that is not offered', { type: 'dashboard-page', pageId: 'x:someone', range: '10y', timeZone: 'UTC' }],
    ['a time zone no one has', { type: 'dashboard-page', pageId: 'x:someone', range: '1y', timeZone: 'Mars/Olympus' }],
    ['a dashboard page without time zone', { type: 'dashboard-page', pageId: 'x:someone', range: '1y' }],
    ['a goal of zero days', { type: 'update-page', pageId: 'x:someone', goalDays: 0, role: 'mine', muted: false }],
    ['a fractional goal', { type: 'update-page', pageId: 'x:someone', goalDays: 2.5, role: 'mine', muted: false }],
    ['a goal of a year', { type: 'update-page', pageId: 'x:someone', goalDays: 365, role: 'mine', muted: false }],
    ['an update with muted not a flag', { type: 'update-page', pageId: 'x:someone', goalDays: 3, role: 'mine', muted: 'no' }],
    ['quiet hours past midnight', { type: 'set-settings', settings: { remindersEnabled: true, quietStart: 1440, quietEnd: 0 } }],
    ['settings without reminders flag', { type: 'set-settings', settings: { quietStart: 0, quietEnd: 0 } }],
    ['unknown type', { type: 'drop-database' }],
    ['track with an unknown role', { type: 'track-page', observation, role: 'admin' }],
    ['observation missing', { type: 'observation' }],
  ])('drops %s', (_, raw) => {
    expect(validateBackgroundMessage(raw)).toBeNull();
  });
});

/**
 * What read-dates and read-counts refuse alike (textsToRead): `text` is a text of the request's
 * own kind, sent alone instead of a list or 2,001 times; `maxText` the longest its parser reads.
 */
const refusedTexts = (text: string, maxText: number): [string, Record<string, unknown>][] => [
  ['a text longer than the parser reads', { texts: ['1'.repeat(maxText + 1)] }],
  ['a text that is not a string', { texts: [5] }],
  ['texts that are not a list', { texts: text }],
  ['more texts than one message carries', { texts: Array.from({ length: 2001 }, () => text) }],
  ['a locale longer than a language tag', { locale: 'fr'.repeat(20) }],
  ['no locale', { locale: undefined }],
];

describe('read-dates', () => {
  const request = { type: 'read-dates', locale: 'fr', now: Date.now(), texts: ['Hier à 17:00', '2 h'] };
  test('accepts a locale, the read time and the texts, each as long as the date parser reads', () => {
    expect(validateBackgroundMessage(request)).toEqual(request);
    expect(validateBackgroundMessage({ ...request, texts: ['x'.repeat(200)] })).not.toBeNull();
  });

  test.each([
    ...refusedTexts('2 h', 200),
    ['a read time in 2100', { now: Date.UTC(2100, 0, 1) }],
    ['a read time that is a string', { now: '1749722400000' }],
  ])('refuses %s', (_, patch) => {
    expect(validateBackgroundMessage({ ...request, ...patch })).toBeNull();
  });
});

describe('read-counts', () => {
  const request = { type: 'read-counts', locale: 'fr', texts: ['692 abonnés', '1,2 k'] };
  test('accepts a locale and the texts, each as long as the count parser reads', () => {
    expect(validateBackgroundMessage(request)).toEqual(request);
    expect(validateBackgroundMessage({ ...request, texts: ['1'.repeat(300)] })).not.toBeNull();
  });

  test.each(refusedTexts('7', 300))('refuses %s', (_, patch) => {
    expect(validateBackgroundMessage({ ...request, ...patch })).toBeNull();
  });
});

describe('enable-instance', () => {
  test('accepts one HTTPS host pattern and a tab id', () => {
    expect(validateBackgroundMessage({ type: 'enable-instance', tabId: 4, origin: 'https://mastodon.social/*' })).toEqual({
      type: 'enable-instance',
      tabId: 4,
      origin: 'https://mastodon.social/*',
    });
  });

  test.each([
    ['every host', 'https://*/*'],
    ['all URLs', '<all_urls>'],
    ['plain HTTP', 'http://mastodon.social/*'],
    ['a path', 'https://mastodon.social/@me'],
    ['a bare name', 'https://localhost/*'],
  ])('refuses %s', (_, origin) => {
    expect(validateBackgroundMessage({ type: 'enable-instance', tabId: 4, origin })).toBeNull();
  });

  test('refuses a tab id that is not one', () => {
    expect(validateBackgroundMessage({ type: 'enable-instance', tabId: -1, origin: 'https://mastodon.social/*' })).toBeNull();
    expect(validateBackgroundMessage({ type: 'enable-instance', tabId: '4', origin: 'https://mastodon.social/*' })).toBeNull();
  });
});

describe('validateObservation', () => {
  const forged = (patch: (o: any) => void) => {
    const copy = structuredClone(observation);
    patch(copy);
    return validateObservation(copy, NOW);
  };

  test.each([
    ['an unknown site', (o: any) => (o.site = 'myspace')],
    ['an upper-case handle', (o: any) => (o.page.handle = 'Someone')],
    ['a javascript: page URL', (o: any) => (o.page.url = 'javascript:alert(1)')],
    ['a negative follower count', (o: any) => (o.followers.count = -5)],
    ['a fractional follower count', (o: any) => (o.followers.count = 1.5)],
    ['a date far in the future', (o: any) => (o.posts[0].publishedAt = NOW + 7 * 86_400_000)],
    ['a date before social networks', (o: any) => (o.posts[0].publishedAt = Date.UTC(1999, 0, 1))],
    ['a date without precision', (o: any) => delete o.posts[0].precision],
    ['an unknown post kind', (o: any) => (o.posts[0].kind = 'malware')],
    ['a post without id', (o: any) => delete o.posts[0].id],
    ['a forged manual entry', (o: any) => (o.posts[0].id = 'manual:29000000')],
    ['too many posts', (o: any) => (o.posts = Array.from({ length: 501 }, (_, i) => ({ id: String(i) })))],
    ['a string where a flag belongs', (o: any) => (o.posts[0].pinned = 'yes')],
    // Cut to 100, it would name another account, and the full handle could not find it again.
    ['a handle over 100 characters', (o: any) => (o.page.handle = 'a'.repeat(101))],
    ['a handle of 101 emoji', (o: any) => (o.page.handle = '🎉'.repeat(101))],
    ['a handle with a trailing space', (o: any) => (o.page.handle = 'someone ')],
    ['a page URL on another site', (o: any) => (o.page.url = 'https://evil.example/someone')],
    ['a data: page URL', (o: any) => (o.page.url = 'data:text/html,hi')],
    ['a Mastodon handle without instance', (o: any) => Object.assign(o, { site: 'mastodon', page: { handle: 'someone', url: 'https://mastodon.social/@someone' } })],
    ['a Mastodon page URL off its home instance', (o: any) => Object.assign(o, { site: 'mastodon', page: { handle: 'someone@mastodon.social', url: 'https://evil.example/@someone@mastodon.social' } })],
  ])('refuses %s', (_, patch) => {
    expect(forged(patch)).toBeNull();
  });

  test('caps long strings instead of storing them whole', () => {
    const result = forged((o) => {
      o.posts[0].text = 'a'.repeat(10_000);
      o.page.name = 'n'.repeat(10_000);
    });
    expect(result?.posts[0]?.text).toHaveLength(280);
    expect(result?.page.name).toHaveLength(200);
  });

  test('takes a handle of 100 characters whole, counted as characters', () => {
    expect(forged((o) => (o.page.handle = '🎉'.repeat(100)))?.page.handle).toBe('🎉'.repeat(100));
  });

  test('drops a post link that is not on the page site, keeping the post', () => {
    const result = forged((o) => (o.posts[0].url = 'https://evil.example/phish'));
    expect(result?.posts[0]).toMatchObject({ id: observation.posts[0]!.id });
    expect(result?.posts[0]?.url).toBeUndefined();
  });

  test('counts text in characters, so 280 emoji pass whole', () => {
    const emoji = '🎉'.repeat(280);
    expect(forged((o) => (o.posts[0].text = emoji))?.posts[0]?.text).toBe(emoji);
  });

  test('keeps every field of a valid observation', () => {
    expect(validateObservation(observation, NOW)).toEqual(observation);
  });
});
