import { describe, expect, it } from 'vitest';
import { mastodonAdapter } from '../../src/sites/mastodon';
import { expectFixturesObserved, expectNotPages, loadFixture } from './fixture-harness';

describe('Mastodon adapter', () => {
  expectFixturesObserved(mastodonAdapter, [
    'profile-visitor-en',
    'profile-owner-fr',
    'profile-drifted-en',
    'profile-unrendered-fr',
    // Same URL shape, another platform: the structure check says no.
    'not-mastodon-en',
  ]);
  expectNotPages(mastodonAdapter, 'profile-visitor-en', [
    'https://mastodon.social/home',
    'https://mastodon.social/explore',
    'https://mastodon.social/settings/profile',
    'https://mastodon.social/@leedsgarden/109876543210987654',
    'https://mastodon.social/@leedsgarden/followers',
    // An account shown by another instance than its own: that instance controls what it shows.
    'https://evil.example/@leedsgarden@mastodon.social',
    'https://piaille.fr/@leedsgarden@mastodon.social',
  ]);
});

describe('Mastodon profile before the web app draws it', () => {
  function withDescription(description: string, lang: string | null) {
    const fixture = loadFixture('mastodon', 'profile-unrendered-fr');
    fixture.doc.querySelector('meta[name="description"]')!.setAttribute('content', description);
    if (lang) fixture.doc.documentElement.setAttribute('lang', lang);
    else fixture.doc.documentElement.removeAttribute('lang');
    return mastodonAdapter.observe(fixture.doc, fixture.url, fixture.now);
  }

  it("reads the followers, third of the server's counts, in the instance's language", () => {
    const cases = [
      ['en', '1.2K Posts, 310 Following, 12.3K Followers · Books', { count: 12300, exact: false, shown: '12.3K Followers' }],
      ['de', '2.041 Beiträge, 310 Folge ich, 1.234 Follower · Bücher', { count: 1234, exact: true, shown: '1.234 Follower' }],
      ['ja', '2.04K 投稿, 310 フォロー, 12.3K フォロワー · 本屋', { count: 12300, exact: false, shown: '12.3K フォロワー' }],
      ['fr', '2,04 k Messages, 310 Abonnements, 1 Abonné·e · ', { count: 1, exact: true, shown: '1 Abonné·e' }],
    ] as const;
    for (const [lang, description, followers] of cases) expect(withDescription(description, lang)?.followers, description).toEqual(followers);
  });

  it("takes the language from the app's initial state when <html> has none", () => {
    expect(withDescription('2,04 k Messages, 310 Abonnements, 12,3 k Abonné·e·s · Librairie', null)?.followers).toEqual({
      count: 12300,
      exact: false,
      shown: '12,3 k Abonné·e·s',
    });
  });

  it('says the count is missing when the account hides its followers', () => {
    const observation = withDescription('2,04 k Messages, 310 Abonnements · Librairie', 'fr');
    expect(observation?.followers).toBeUndefined();
    expect(observation?.missing).toEqual(['followers']);
  });

  it("returns null for a page the server rendered for another account (another instance's namesake)", () => {
    const { doc, now } = loadFixture('mastodon', 'profile-unrendered-fr');
    for (const href of ['https://mastodon.social/@librairie_rennes', 'https://piaille.fr/@someone_else']) {
      expect(mastodonAdapter.observe(doc, new URL(href), now), href).toBeNull();
    }
  });
});
