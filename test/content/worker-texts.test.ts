// The content scripts of the sites that show dates as text (Facebook, YouTube, Instagram,
// Mastodon) read their pages without the date parser, and Facebook's without the count parser: the
// texts they leave are read by the worker's parsers (background/read-dates.ts, parse/count.ts,
// behind the worker's own validation), and the observation that comes out is the one each
// fixture's .expected.json says.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateBackgroundMessage } from '../../src/background/validate-message';
import { readDates } from '../../src/background/read-dates';
import { parseCount } from '../../src/parse/count';
import { facebookPageReader } from '../../src/sites/facebook';
import { youtubePageReader } from '../../src/sites/youtube';
import { instagramPageReader } from '../../src/sites/instagram';
import { mastodonPageReader } from '../../src/sites/mastodon';
import type { SiteAdapter } from '../../src/sites/types';
import { loadFixture } from '../sites/fixture-harness';
import { FIXTURES } from '../sites/fixture-html';

const sent: unknown[] = [];
/** The worker as content scripts reach it: what it would refuse gets no answer. */
async function worker(message: unknown) {
  sent.push(message);
  const valid = validateBackgroundMessage(message);
  if (valid?.type === 'read-counts') return valid.texts.map((text) => parseCount(text, valid.locale));
  return valid?.type === 'read-dates' ? readDates(valid.texts, valid.locale, valid.now) : undefined;
}

let settledWith: typeof import('../../src/content/worker-texts').settledByWorker;
let sendToBackground: typeof import('../../src/content/runtime').sendToBackground;
/** Each content script's settle: through sendToBackground, as content/sites/ pass it. */
const settledByWorker = (settleTexts: NonNullable<SiteAdapter['settleTexts']>) => settledWith(settleTexts, sendToBackground);
beforeAll(async () => {
  // runtime.ts takes the extension API when it loads.
  vi.stubGlobal('chrome', { runtime: { id: 'ours', sendMessage: worker } });
  ({ settledByWorker: settledWith } = await import('../../src/content/worker-texts'));
  ({ sendToBackground } = await import('../../src/content/runtime'));
});
afterAll(() => vi.unstubAllGlobals());

const fixtures = (site: string) =>
  readdirSync(resolve(FIXTURES, site))
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => file.replace('.expected.json', ''));
const names = fixtures('facebook');

describe("Facebook's content script reads dates and counts through the worker", () => {
  it.each(names)('%s: read on the page, dated by the worker, is what its .expected.json says', async (name) => {
    const { doc, url, now, expected } = loadFixture('facebook', name);
    const draft = facebookPageReader.observe(doc, url, now);
    const settled = draft && (await settledByWorker(facebookPageReader.settleTexts!)(draft, { fullRead: true, now }));
    expect(settled).toEqual(expected);
  });

  it('leaves a date written only as text unread on the page, and asks the worker once for all such texts', async () => {
    const { doc, url, now, expected } = loadFixture('facebook', 'page-owner-en');
    const draft = facebookPageReader.observe(doc, url, now)!;
    const textDated = expected!.posts.find((post) => post.id === 'pfbid02XyZ789')!;
    expect(textDated.precision).toBe('day');
    const onPage = draft.posts.find((post) => post.id === textDated.id)!;
    expect(onPage.publishedAt).toBeUndefined();
    expect(onPage.shownDates?.locale).toBe('en');
    expect(onPage.shownDates?.texts.length).toBeGreaterThan(0);

    sent.length = 0;
    const settled = await settledByWorker(facebookPageReader.settleTexts!)(draft, { fullRead: true, now });
    expect(sent.filter((message) => (message as { type: string }).type === 'read-dates')).toEqual([
      { type: 'read-dates', locale: 'en', now: now.getTime(), texts: expect.arrayContaining(onPage.shownDates!.texts) },
    ]);
    expect(settled.posts.find((post) => post.id === textDated.id)).toEqual(textDated);
    expect(settled.posts.every((post) => post.shownDates === undefined)).toBe(true);
  });

  it('leaves every count unread on the page (followers, reactions, comments, shares), and asks the worker once for them', async () => {
    const { doc, url, now, expected } = loadFixture('facebook', 'page-owner-en');
    const draft = facebookPageReader.observe(doc, url, now)!;
    expect(draft.followers).toBeUndefined();
    expect(draft.shownFollowers?.texts.length).toBeGreaterThan(0);
    const counted = expected!.posts.filter((post) => post.reactions !== undefined || post.comments !== undefined || post.shares !== undefined);
    expect(counted.length).toBeGreaterThan(0);
    for (const post of counted) {
      const onPage = draft.posts.find((seen) => seen.id === post.id)!;
      expect([onPage.reactions, onPage.comments, onPage.shares]).toEqual([undefined, undefined, undefined]);
      expect(onPage.shownCounts?.locale).toBe('en');
    }

    sent.length = 0;
    const settled = await settledByWorker(facebookPageReader.settleTexts!)(draft, { fullRead: true, now });
    expect(sent.filter((message) => (message as { type: string }).type === 'read-counts')).toEqual([
      { type: 'read-counts', locale: 'en', texts: expect.arrayContaining(draft.shownFollowers!.texts) },
    ]);
    expect(settled).toEqual(expected);
    expect(settled.shownFollowers).toBeUndefined();
    expect(settled.posts.every((post) => post.shownCounts === undefined)).toBe(true);
  });

  it('asks no count the worker would refuse: a label too long to be a count reads as none, and the rest is read', async () => {
    const { doc, url, now, expected } = loadFixture('facebook', 'page-owner-en');
    const draft = facebookPageReader.observe(doc, url, now)!;
    const long = '1 '.repeat(200);
    const padded = { ...draft, posts: draft.posts.map((post) => (post.shownCounts ? { ...post, shownCounts: { ...post.shownCounts, reactions: [...post.shownCounts.reactions, [long]] } } : post)) };
    sent.length = 0;
    const settled = await settledByWorker(facebookPageReader.settleTexts!)(padded, { fullRead: true, now });
    expect(settled).toEqual(expected);
    const asked = sent.flatMap((message) => ((message as { type: string }).type === 'read-counts' ? (message as { texts: string[] }).texts : []));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked).not.toContain(long);
  });

  it('asks only for counts when every post is dated by the page’s own data', async () => {
    const { doc, url, now, expected } = loadFixture('facebook', 'page-mbasic-fr');
    const draft = facebookPageReader.observe(doc, url, now)!;
    expect(draft.posts.length).toBeGreaterThan(0);
    sent.length = 0;
    const settled = await settledByWorker(facebookPageReader.settleTexts!)(draft, { fullRead: true, now });
    expect(settled).toEqual(expected);
    expect(sent.map((message) => (message as { type: string }).type)).toEqual(['read-counts']);
  });

  it('settles at once, asking nothing, when no text waits to be read', () => {
    const { doc, url, now } = loadFixture('facebook', 'page-mbasic-fr');
    const draft = facebookPageReader.observe(doc, url, now)!;
    const bare = { ...draft, shownFollowers: undefined, posts: draft.posts.map(({ shownCounts: _, ...post }) => post) };
    sent.length = 0;
    const settled = settledByWorker(facebookPageReader.settleTexts!)(bare, { fullRead: true, now });
    expect(settled).not.toBeInstanceOf(Promise);
    expect((settled as { missing: string[] }).missing).toContain('followers');
    expect(sent).toEqual([]);
  });

  it('fails, so the page is read again, when the worker gives no answer', async () => {
    const { doc, url, now } = loadFixture('facebook', 'page-owner-en');
    const draft = facebookPageReader.observe(doc, url, now)!;
    const stopped = vi.fn(async () => undefined);
    vi.stubGlobal('chrome', { runtime: { id: 'ours', sendMessage: stopped } });
    vi.resetModules();
    const fresh = await import('../../src/content/worker-texts');
    const { sendToBackground: freshSend } = await import('../../src/content/runtime');
    await expect(fresh.settledByWorker(facebookPageReader.settleTexts!, freshSend)(draft, { fullRead: true, now })).rejects.toThrow();
    expect(stopped).toHaveBeenCalled();
  });
});

describe.each([
  ['youtube', youtubePageReader],
  ['instagram', instagramPageReader],
  ['mastodon', mastodonPageReader],
] as [string, SiteAdapter][])("%s's content script reads its dates written as text through the worker", (site, reader) => {
  it.each(fixtures(site))('%s: read on the page, dated by the worker, is what its .expected.json says', async (name) => {
    const { doc, url, now, expected } = loadFixture(site, name);
    const draft = reader.observe(doc, url, now);
    const settled = draft && (await settledByWorker(reader.settleTexts!)(draft, { fullRead: true, now }));
    expect(settled).toEqual(expected);
  });

  it('its fixtures hold dates that only the worker read', async () => {
    const read = fixtures(site).map((name) => {
      const { doc, url, now, expected } = loadFixture(site, name);
      return { draft: reader.observe(doc, url, now), expected };
    });
    const textDated = read.flatMap(({ draft, expected }) =>
      (draft?.posts ?? []).filter((post) => post.shownDates && expected?.posts.find((seen) => seen.id === post.id)?.publishedAt !== undefined),
    );
    expect(textDated.length).toBeGreaterThan(0);
    expect(textDated.every((post) => post.publishedAt === undefined)).toBe(true);
  });
});
