// The dispatcher as the service worker runs it, with the extension APIs it reaches replaced:
// webextension-polyfill throws outside an extension, so `browser` is a fake naming our id, the
// database is a fresh fake-indexeddb one per test, session storage is kept in memory and the
// badge update is only recorded.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Db } from '../../src/store/db';
import type { SessionArea } from '../../src/background/store-guard';
import { T0, freshDb, observation, post, snapshot } from '../store/fixtures';

const OUR_ID = 'animateur-extension-id';
const fake = vi.hoisted(() => ({
  db: undefined as unknown as Db,
  session: new Map<string, unknown>(),
  afterObservation: vi.fn(async () => undefined),
  local: new Map<string, unknown>(),
  shownNotifications: new Set<string>(),
  injected: [] as unknown[],
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'animateur-extension-id', getURL: (path: string) => `chrome-extension://animateur-extension-id/${path}` },
    // Extension storage and notifications, kept in memory: "delete" must clear the page's there too.
    storage: {
      local: {
        remove: async (keys: string | string[]) => {
          for (const key of [keys].flat()) fake.local.delete(key);
        },
      },
    },
    notifications: { clear: async (id: string) => fake.shownNotifications.delete(id) },
    scripting: {
      executeScript: async (injection: unknown) => {
        fake.injected.push(injection);
        return [];
      },
    },
  },
}));
vi.mock('../../src/background/database', () => ({ database: async () => fake.db }));
vi.mock('../../src/background/badge', () => ({ afterObservation: fake.afterObservation, refreshBadges: async () => undefined }));
vi.mock('../../src/background/session-area', () => ({
  session: {
    get: async (keys: string | string[]) =>
      Object.fromEntries([keys].flat().filter((key) => fake.session.has(key)).map((key) => [key, structuredClone(fake.session.get(key))])),
    set: async (items: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(items)) fake.session.set(key, structuredClone(value));
    },
    remove: async (keys: string | string[]) => {
      for (const key of [keys].flat()) fake.session.delete(key);
    },
  } satisfies SessionArea,
}));

const { handleMessage } = await import('../../src/background/handle-message');
const { MAX_NEW_POSTS_PER_DAY } = await import('../../src/background/ingest');

/** A content script of ours, in a tab showing the page. */
const fromTab = { id: OUR_ID, tab: { id: 7, url: 'https://x.com/acme' }, url: 'https://x.com/acme' } as never;
/** The popup: one of our extension pages, no tab. */
const fromPopup = { id: OUR_ID, url: `chrome-extension://${OUR_ID}/src/popup/index.html` } as never;

// Dates the validator accepts whatever day the test runs (it refuses the future and pre-2003).
const NOW = Date.now();
const valid = () => observation([post(1, { publishedAt: NOW - 3_600_000 }), post(2, { publishedAt: NOW - 7_200_000 })]);
const withPatch = (patch: (o: any) => void) => {
  const copy: any = structuredClone(valid());
  patch(copy);
  return copy;
};

beforeEach(async () => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  fake.db = await freshDb();
  fake.session.clear();
  fake.local.clear();
  fake.shownNotifications.clear();
  fake.injected.length = 0;
  fake.afterObservation.mockClear();
  // The page is tracked, so a malformed observation that slipped through would be stored.
  expect(await handleMessage({ type: 'track-page', observation: observation([post(9, { publishedAt: T0 })]), role: 'mine' }, fromPopup)).toEqual({
    pageId: 'x:acme',
  });
});

async function expectDropped(raw: unknown, sender: { id?: string } = fromTab) {
  const before = await snapshot(fake.db);
  const sessionBefore = structuredClone([...fake.session]);
  // Our own content script is told its observation was refused (so it stops re-sending it);
  // anyone else gets no answer at all.
  const ownObservation = sender.id === OUR_ID && (raw as { type?: unknown } | null)?.type === 'observation';
  expect(await handleMessage(raw, sender as never)).toEqual(ownObservation ? { tracked: false, refused: true } : undefined);
  expect(await snapshot(fake.db)).toEqual(before);
  expect([...fake.session]).toEqual(sessionBefore);
  expect(fake.afterObservation).not.toHaveBeenCalled();
}

describe('handleMessage', () => {
  test('stores a valid observation from our content script and updates that tab', async () => {
    expect(await handleMessage({ type: 'observation', observation: valid() }, fromTab)).toEqual({ tracked: true });
    expect((await snapshot(fake.db)).posts).toHaveLength(3);
    expect(fake.afterObservation).toHaveBeenCalledWith(7, 'https://x.com/acme', expect.objectContaining({ tracked: true }));
  });

  test("reads post dates for a content script on any site's page, storing nothing", async () => {
    const before = await snapshot(fake.db);
    const onFacebook = { id: OUR_ID, tab: { id: 8, url: 'https://www.facebook.com/acme' }, url: 'https://www.facebook.com/acme' } as never;
    const now = Date.parse('2025-06-12T12:00:00Z');
    const texts = ['2 h', 'ↄ ɿ ɒ m', '5 octobre 2009'];
    for (const sender of [onFacebook, fromTab]) {
      expect(await handleMessage({ type: 'read-dates', locale: 'fr', now, texts }, sender)).toEqual([
        { publishedAt: now - 2 * 3_600_000, precision: 'hour' },
        null,
        { publishedAt: new Date(2009, 9, 5).getTime(), precision: 'day' },
      ]);
    }
    await expectDropped({ type: 'read-dates', locale: 'fr', now, texts }, { id: 'some-other-extension', tab: { id: 7 } } as never);
    expect(await snapshot(fake.db)).toEqual(before);
  });

  test("reads counts for a content script on any site's page, storing nothing", async () => {
    const before = await snapshot(fake.db);
    const onFacebook = { id: OUR_ID, tab: { id: 8, url: 'https://www.facebook.com/acme' }, url: 'https://www.facebook.com/acme' } as never;
    const texts = ['692 personnes suivent ça', '1,2 k', 'Voir les'];
    for (const sender of [onFacebook, fromTab]) {
      expect(await handleMessage({ type: 'read-counts', locale: 'fr', texts }, sender)).toEqual([{ value: 692, exact: true }, { value: 1200, exact: false }, null]);
    }
    await expectDropped({ type: 'read-counts', locale: 'fr', texts }, { id: 'some-other-extension', tab: { id: 7 } } as never);
    expect(await snapshot(fake.db)).toEqual(before);
  });

  test('answers list-pages and store-status from our pages', async () => {
    expect(await handleMessage({ type: 'list-pages' }, fromPopup)).toMatchObject([{ page: { id: 'x:acme' } }]);
    expect(await handleMessage({ type: 'store-status' }, fromPopup)).toEqual({ state: 'ok' });
  });

  describe('drops a well-formed request from anyone but this extension', () => {
    test.each([
      ['another extension', { id: 'some-other-extension', tab: { id: 7 } }],
      ['a sender without id', { tab: { id: 7 }, url: 'https://x.com/acme' }],
      ['an id differing only in case', { id: OUR_ID.toUpperCase() }],
    ])('%s', async (_, sender) => {
      await expectDropped({ type: 'observation', observation: valid() }, sender as never);
      await expectDropped({ type: 'track-page', observation: withPatch((o) => (o.page.handle = 'other')), role: 'mine' }, sender as never);
      await expectDropped({ type: 'list-pages' }, sender as never);
      await expectDropped({ type: 'store-status' }, sender as never);
    });
  });

  describe('drops a malformed observation and changes nothing', () => {
    test.each([
      ['no observation', { type: 'observation' }],
      ['an observation that is a string', { type: 'observation', observation: 'x:acme' }],
      ['posts that are not a list', { type: 'observation', observation: withPatch((o) => (o.posts = { 0: o.posts[0] })) }],
      ['a post dated in 2100', { type: 'observation', observation: withPatch((o) => (o.posts[0].publishedAt = Date.UTC(2100, 0, 1))) }],
      ['a post date that is a string', { type: 'observation', observation: withPatch((o) => (o.posts[0].publishedAt = '1749722400')) }],
      ['a NaN date', { type: 'observation', observation: withPatch((o) => (o.posts[0].publishedAt = Number.NaN)) }],
      ['a forged manual entry', { type: 'observation', observation: withPatch((o) => (o.posts[0].id = 'manual:1')) }],
      ['a post id that is a number', { type: 'observation', observation: withPatch((o) => (o.posts[0].id = 5)) }],
      ['an unknown site', { type: 'observation', observation: withPatch((o) => (o.site = 'myspace')) }],
      ['a javascript: page URL', { type: 'observation', observation: withPatch((o) => (o.page.url = 'javascript:alert(1)')) }],
      ['ownerView missing', { type: 'observation', observation: withPatch((o) => delete o.ownerView) }],
      ['a follower count as text', { type: 'observation', observation: withPatch((o) => (o.followers.count = '1200')) }],
      ['an infinite follower count', { type: 'observation', observation: withPatch((o) => (o.followers.count = Infinity)) }],
      ['501 posts', { type: 'observation', observation: withPatch((o) => (o.posts = Array.from({ length: 501 }, (_, i) => ({ id: `n${i}` })))) }],
      ['a negative reaction count', { type: 'observation', observation: withPatch((o) => (o.posts[0].reactions = -1)) }],
      ['missing that is not a list', { type: 'observation', observation: withPatch((o) => (o.missing = 'post-dates')) }],
    ])('%s', async (_, raw) => {
      await expectDropped(raw);
    });
  });

  test('a page past its daily cap of new posts is told its new posts were refused', async () => {
    const page = (await fake.db.get('pages', 'x:acme'))!;
    await fake.db.put('pages', { ...page, intake: { since: Date.now() - 60_000, count: MAX_NEW_POSTS_PER_DAY } });
    expect(await handleMessage({ type: 'observation', observation: valid() }, fromTab)).toEqual({ tracked: true, refused: true });
    expect((await snapshot(fake.db)).posts).toHaveLength(1);
  });

  test('delete-page removes the page everywhere: store, overlay and reminder memory, its notification', async () => {
    fake.local.set('overlay:x:acme', 'collapsed').set('overlay:offer:x:acme', 'hidden').set('reminder:x:acme', { notifiedFor: 1 });
    fake.local.set('overlay:x:other', 'hidden');
    fake.shownNotifications.add('reminder:x:acme');
    expect(await handleMessage({ type: 'delete-page', pageId: 'x:acme' }, fromPopup)).toEqual({ deleted: true });
    expect(await snapshot(fake.db)).toMatchObject({ pages: [], posts: [], followers: [], ideas: [] });
    expect([...fake.local.keys()]).toEqual(['overlay:x:other']);
    expect(fake.shownNotifications.size).toBe(0);
  });

  test("injects the overlay into the asking content script's own frame, for a tab only", async () => {
    const inFrame = { id: OUR_ID, tab: { id: 7, url: 'https://x.com/acme' }, frameId: 0, url: 'https://x.com/acme' } as never;
    expect(await handleMessage({ type: 'load-overlay' }, inFrame)).toEqual({ loaded: true });
    expect(fake.injected).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: [expect.stringContaining('overlay/overlay-script')] }]);
    // An extension page has no tab to inject into; another extension is not answered.
    expect(await handleMessage({ type: 'load-overlay' }, fromPopup)).toEqual({ loaded: false });
    await expectDropped({ type: 'load-overlay' }, { id: 'some-other-extension', tab: { id: 7 }, frameId: 0 } as never);
    expect(fake.injected).toHaveLength(1);
  });

  describe('takes from a tab only what the site it shows says of its own pages', () => {
    /** Our content script on a second Mastodon instance the admin granted. */
    const fromInstance = (host: string) => ({ id: OUR_ID, tab: { id: 8, url: `https://${host}/@user@mastodon.social` }, url: `https://${host}/@user@mastodon.social` });
    const account = (handle: string, host: string) =>
      withPatch((o) => Object.assign(o, { site: 'mastodon', page: { handle, name: 'Forged', url: `https://${host}/@${handle}` } }));

    beforeEach(async () => {
      await handleMessage({ type: 'track-page', observation: account('user@mastodon.social', 'mastodon.social'), role: 'mine' }, fromPopup);
      fake.afterObservation.mockClear();
    });

    test('another instance cannot write into a mastodon.social account', async () => {
      await expectDropped({ type: 'observation', observation: account('user@mastodon.social', 'evil.example') }, fromInstance('evil.example'));
      // Even with the page address written as the home instance's.
      await expectDropped({ type: 'observation', observation: account('user@mastodon.social', 'mastodon.social') }, fromInstance('evil.example'));
    });

    test('another instance cannot read the account overlay nor record a post for it', async () => {
      await expectDropped({ type: 'page-glance', site: 'mastodon', handle: 'user@mastodon.social' }, fromInstance('evil.example'));
      await expectDropped({ type: 'record-post', pageId: 'mastodon:user@mastodon.social', at: NOW, precision: 'minute' }, fromInstance('evil.example'));
      await expectDropped({ type: 'track-page', observation: account('other@mastodon.social', 'mastodon.social'), role: 'mine' }, fromInstance('evil.example'));
    });

    test('x.com cannot speak of a Facebook page', async () => {
      const facebook = withPatch((o) => Object.assign(o, { site: 'facebook', page: { handle: 'acme', url: 'https://www.facebook.com/acme' } }));
      await expectDropped({ type: 'track-page', observation: facebook, role: 'mine' }, fromTab);
    });

    test('the home instance is heard, on any of its pages (in-app navigation)', async () => {
      const home = { id: OUR_ID, tab: { id: 9, url: 'https://mastodon.social/explore' }, url: 'https://mastodon.social/explore' } as never;
      expect(await handleMessage({ type: 'observation', observation: account('user@mastodon.social', 'mastodon.social') }, home)).toEqual({ tracked: true });
      expect(await handleMessage({ type: 'page-glance', site: 'mastodon', handle: 'user@mastodon.social' }, home)).toMatchObject({ page: { id: 'mastodon:user@mastodon.social' } });
      // twitter.com is X's own host too.
      const twitter = { id: OUR_ID, tab: { id: 7, url: 'https://twitter.com/acme' }, url: 'https://twitter.com/acme' } as never;
      expect(await handleMessage({ type: 'observation', observation: valid() }, twitter)).toEqual({ tracked: true });
    });
  });

  describe('drops a malformed track-page and tracks nothing', () => {
    const other = () => withPatch((o) => (o.page = { handle: 'newpage', url: 'https://x.com/newpage' }));
    test.each([
      ['no role', { type: 'track-page', observation: other() }],
      ['an unknown role', { type: 'track-page', observation: other(), role: 'admin' }],
      ['no observation', { type: 'track-page', role: 'mine' }],
      ['an upper-case handle', { type: 'track-page', observation: withPatch((o) => (o.page.handle = 'NewPage')), role: 'mine' }],
      ['an http page URL', { type: 'track-page', observation: withPatch((o) => (o.page = { handle: 'newpage', url: 'http://x.com/newpage' })), role: 'watch' }],
      ['a post dated in 2100', { type: 'track-page', observation: withPatch((o) => {
        o.page = { handle: 'newpage', url: 'https://x.com/newpage' };
        o.posts[0].publishedAt = Date.UTC(2100, 0, 1);
      }), role: 'mine' }],
    ])('%s', async (_, raw) => {
      await expectDropped(raw, fromPopup);
    });
  });

  describe('drops list-pages and store-status look-alikes', () => {
    test.each([
      ['a bare string', 'list-pages'],
      ['null', null],
      ['an array', [{ type: 'list-pages' }]],
      ['a type in another case', { type: 'LIST-PAGES' }],
      ['a type as a list', { type: ['store-status'] }],
      ['a type with a space', { type: 'store-status ' }],
    ])('%s', async (_, raw) => {
      await expectDropped(raw, fromPopup);
    });
  });
});
