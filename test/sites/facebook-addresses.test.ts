import { describe, expect, it } from 'vitest';
import { facebookAdapter, facebookPageReader } from '../../src/sites/facebook';
import { loadFixture } from './fixture-harness';
import { htmlPage } from './html-page';

const now = new Date('2025-06-12T12:00:00Z');
const page = htmlPage;
const header = (followersHref: string, shown = '1,234 followers') =>
  page(`<div role="main"><h1>Le Bistro</h1><a href="${followersHref}">${shown}</a></div>`);

describe('every address of a Page', () => {
  const { doc } = loadFixture('facebook', 'page-visitor-fr');
  const tabs = ['posts', 'about', 'photos', 'videos', 'live_videos', 'reels', 'mentions', 'reviews', 'followers', 'events', 'community', 'about_contact_and_basic_info'];

  it.each(tabs)('the Page’s %s tab, which still shows its header', (tab) => {
    const url = new URL(`https://www.facebook.com/LeBistroVolney/${tab}/`);
    expect(facebookAdapter.matches(url)).toBe(true);
    expect(facebookAdapter.observe(doc, url, now)?.page).toEqual({
      handle: 'lebistrovolney',
      name: 'Le Bistro Volney',
      url: 'https://www.facebook.com/lebistrovolney',
    });
  });

  it.each(['web.facebook.com', 'm.facebook.com', 'mbasic.facebook.com', 'facebook.com'])('the same Page on %s', (host) => {
    const url = new URL(`https://${host}/LeBistroVolney`);
    expect(facebookAdapter.matches(url)).toBe(true);
    expect(facebookAdapter.observe(doc, url, now)?.page.handle).toBe('lebistrovolney');
  });

  it('/people/<name>/<id>/: named by its id, its followers link matched by either form', () => {
    const url = new URL('https://www.facebook.com/people/Le-Bistro/100054267590455/');
    for (const href of ['/people/Le-Bistro/100054267590455/followers/', '/profile.php?id=100054267590455&sk=followers']) {
      const seen = facebookAdapter.observe(header(href), url, now);
      expect(seen?.page).toEqual({ handle: '100054267590455', name: 'Le Bistro', url: 'https://www.facebook.com/profile.php?id=100054267590455' });
      expect(seen?.followers).toEqual({ count: 1234, exact: true, shown: '1,234 followers' });
    }
    // Another Page's followers link in a side panel is not this Page's count.
    expect(facebookAdapter.observe(header('/people/Other/100000000000009/followers/'), url, now)?.followers).toBeUndefined();
  });

  it('profile.php?id= with or without &sk=<tab>, its count from the embedded JSON’s sk=followers uri', () => {
    const json = JSON.stringify({
      user: {
        name: 'Nouvelle Page',
        profile_social_context: { content: [{ text: { text: '87 followers' }, uri: 'https://www.facebook.com/profile.php?id=100054267590455&sk=followers' }] },
      },
    });
    const doc = page(`<script type="application/json">${json}</script><div role="main"><h1>Nouvelle Page</h1></div>`);
    for (const href of ['https://www.facebook.com/profile.php?id=100054267590455', 'https://www.facebook.com/profile.php?id=100054267590455&sk=photos']) {
      const seen = facebookAdapter.observe(doc, new URL(href), now);
      expect(seen?.page.handle).toBe('100054267590455');
      expect(seen?.followers).toEqual({ count: 87, exact: true, shown: '87 followers' });
    }
  });

  // One line per language Facebook's top locales use: the verb ("N people follow this") or the noun
  // ("N followers"), as parseCount reads the number in the page's own language (see FOLLOW_STEMS).
  it.each([
    ['en', '1,234 people follow this', 1234],
    ['fr', '1 234 personnes suivent ça', 1234],
    ['fr', '692 followers', 692],
    ['de', '1.234 Personen folgen dem', 1234],
    ['de', '1.234 Follower', 1234],
    ['es', '1.234 personas siguen esto', 1234],
    ['es', '12.345 seguidores', 12345],
    ['it', '1.234 persone seguono questo elemento', 1234],
    ['pt', '1.234 pessoas seguem isso', 1234],
    ['nl', '1.234 mensen volgen dit', 1234],
    ['pl', '12\u00a0345 osób obserwuje to', 12345],
    ['tr', '1.234 kişi bunu takip ediyor', 1234],
    ['ru', '12\u00a0345 подписчиков', 12345],
    ['uk', '12\u00a0345 людей стежать за цим', 12345],
    ['ar', '1,234 شخصًا يتابعون هذا', 1234],
    ['ar', '١٬٢٣٤ شخصًا يتابعون هذا', 1234],
    ['he', '1,234 אנשים עוקבים אחרי זה', 1234],
    ['ja', '1,234人がフォローしています', 1234],
    ['ko', '1,234명이 팔로우합니다', 1234],
    ['zh-Hans', '1,234 人关注了', 1234],
    ['zh-Hant', '1,234 人追蹤', 1234],
    ['id', '1.234 orang mengikuti ini', 1234],
    ['vi', '1.234 người theo dõi', 1234],
    ['th', '1,234 คนติดตามสิ่งนี้', 1234],
    ['sv', '12\u00a0345 personer följer detta', 12345],
    ['da', '1.234 personer følger dette', 1234],
    ['nb', '12\u00a0345 personer følger dette', 12345],
    ['fi', '12\u00a0345 henkilöä seuraa tätä', 12345],
    ['cs', '12\u00a0345 lidí to sleduje', 12345],
    ['ro', '1.234 de persoane urmăresc asta', 1234],
    ['hu', '12\u00a0345 ember követi ezt', 12345],
    ['el', '1.234 άτομα ακολουθούν αυτό', 1234],
  ])('followers from the intro text when no link holds the count (%s: %s)', (lang, line, count) => {
    const doc = page(`<div role="main"><h1>Le Bistro</h1></div><div><div>Restaurant · 38 Rue Saint Georges</div><div>${line}</div></div>`, lang);
    expect(facebookAdapter.observe(doc, new URL('https://www.facebook.com/LeBistro'), now)?.followers).toEqual({ count, exact: true, shown: line });
  });

  it('a followers link that writes no number ("Followers") leaves the count to the intro, shown as the intro writes it', () => {
    const doc = page('<div role="main"><h1>Le Bistro</h1><a href="/LeBistro/followers/">Followers</a></div><div><div>692 people follow this</div></div>');
    expect(facebookAdapter.observe(doc, new URL('https://www.facebook.com/LeBistro'), now)?.followers).toEqual({ count: 692, exact: true, shown: '692 people follow this' });
  });

  it('finds the intro line after any number of "Follow" buttons', () => {
    const buttons = '<div><span>Follow</span></div>'.repeat(30);
    const doc = page(`<div role="main"><h1>Le Bistro</h1></div>${buttons}<div><div>692 people follow this</div></div>`);
    expect(facebookAdapter.observe(doc, new URL('https://www.facebook.com/LeBistro'), now)?.followers?.count).toBe(692);
  });

  it('a post read twice in one read (two elements, one id) keeps the counts each read gives', () => {
    const post = (inner: string) =>
      `<div aria-posinset="1" data-animateur-post-id="1231217728697135"><span data-ad-rendering-role="profile_name">Le Bistro</span><div data-ad-rendering-role="story_message">Menu du jour</div>${inner}</div>`;
    const doc = page(`<div role="main"><h1>Le Bistro</h1><a href="/LeBistro/followers/">692 followers</a></div>${post('<div role="button" aria-label="Like: 7 people"></div>')}${post('<div><span>12 comments</span></div>')}`);
    const seen = facebookAdapter.observe(doc, new URL('https://www.facebook.com/LeBistro'), now)!;
    expect(seen.posts).toHaveLength(1);
    expect(seen.posts[0]).toMatchObject({ reactions: 7, comments: 12 });
  });

  it('a page whose lang is no language tag (longer than any) is read in English, so that the worker reads its texts', () => {
    const doc = page('<div role="main"><h1>Le Bistro</h1><a href="/LeBistro/followers/">1,234 followers</a></div>', 'x'.repeat(40));
    const seen = facebookAdapter.observe(doc, new URL('https://www.facebook.com/LeBistro'), now)!;
    expect(seen.followers?.count).toBe(1234);
    expect(facebookPageReader.observe(doc, new URL('https://www.facebook.com/LeBistro'), now)!.shownFollowers?.locale).toBe('en');
  });

  it('reads an intro line only where it says follow: an address’s number is no count', () => {
    const doc = page('<div role="main"><h1>Le Bistro</h1></div><div><div>38 Rue Saint Georges, Rennes</div></div>', 'fr');
    const seen = facebookAdapter.observe(doc, new URL('https://www.facebook.com/LeBistro'), now);
    expect(seen?.followers).toBeUndefined();
    expect(seen?.missing).toContain('followers');
  });

  it('m. and mbasic.: posts dated from data-ft publish_time, others undated rather than guessed', () => {
    const { doc: legacy, url, now: at } = loadFixture('facebook', 'page-mbasic-fr');
    const seen = facebookAdapter.observe(legacy, url, at)!;
    expect(seen.posts.map((p) => [p.id, p.publishedAt])).toEqual([
      ['1231217728697135', 1749548120000],
      ['1200000000000001', 1746000000000],
      [expect.stringMatching(/^text:/), undefined],
      ['1200000000000003', undefined],
    ]);
    expect(seen.followers).toEqual({ count: 692, exact: true, shown: '692 personnes suivent ça' });
  });

  it.each([
    ['a login wall', 'login-wall-en', 'https://www.facebook.com/LeBistroVolney'],
    ['the feed', 'page-visitor-fr', 'https://www.facebook.com/?sk=h_chr'],
    ['a group', 'page-visitor-fr', 'https://www.facebook.com/groups/123456/'],
    ['a single post', 'page-visitor-fr', 'https://www.facebook.com/LeBistroVolney/posts/pfbid0SKusRDaeH1Eqbd4k2u48H3'],
    ['a single post on m.', 'page-visitor-fr', 'https://m.facebook.com/story.php?story_fbid=1231217728697135&id=100054267590455'],
  ])('%s is not a Page: null', (_, fixture, href) => {
    const { doc: shown } = loadFixture('facebook', fixture);
    expect(facebookAdapter.observe(shown, new URL(href), now)).toBeNull();
  });
});
