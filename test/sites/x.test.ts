import { describe, expect, it, vi } from 'vitest';
import { xAdapter } from '../../src/sites/x';
import { expectFixturesObserved, expectNotPages, loadFixture } from './fixture-harness';

describe('X adapter', () => {
  expectFixturesObserved(xAdapter, [
    'profile-visitor-en',
    'profile-owner-en',
    'profile-reposts-pinned-old-en',
    'profile-drifted-en',
    'profile-visitor-fr',
    'profile-visitor-ja',
    'profile-shell-en',
  ]);
  expectNotPages(xAdapter, 'profile-visitor-en', [
    'https://x.com/home',
    'https://x.com/search?q=badlogicgames',
    'https://x.com/settings/profile',
    'https://x.com/badlogicgames/status/1985127737481154951',
  ]);
});

describe('X adapter following a page', () => {
  it('reads the profile schema again when a navigation rewrites its script in place', () => {
    const { doc, url, now } = loadFixture('x', 'profile-visitor-en');
    const before = xAdapter.observe(doc, url, now)!.followers!;
    expect(before.exact).toBe(true);
    const script = doc.querySelector('script[type="application/ld+json"]')!;
    script.textContent = script.textContent!.replaceAll(String(before.count), String(before.count + 5));
    expect(xAdapter.observe(doc, url, now, [])!.followers!.count).toBe(before.count + 5);
  });

  it('reads action-bar counts written with separators or compact suffixes through the locale', () => {
    const { doc, url, now } = loadFixture('x', 'profile-visitor-en');
    const bar = doc.querySelector('article[data-testid="tweet"] [role="group"][aria-label]')!;
    bar.setAttribute('aria-label', '1,234 replies, 46 K reposts, 7 likes, 3 bookmarks, 900 views');
    const post = xAdapter.observe(doc, url, now)!.posts[0]!;
    expect([post.comments, post.shares, post.reactions]).toEqual([1234, 46_000, 7]);
  });

  it('reads a French action bar', () => {
    const { doc, url, now } = loadFixture('x', 'profile-visitor-en');
    doc.documentElement.setAttribute('lang', 'fr');
    const bar = doc.querySelector('article[data-testid="tweet"] [role="group"][aria-label]')!;
    bar.setAttribute('aria-label', '12 réponses, 1\u202f204 republications, 3,4 k J’aime, 9 signets');
    const post = xAdapter.observe(doc, url, now)!.posts[0]!;
    expect([post.comments, post.shares, post.reactions]).toEqual([12, 1204, 3400]);
  });

  it("reads X's English action bar in one match, without splitting it into parts", () => {
    const { doc, url, now, expected } = loadFixture('x', 'profile-visitor-en');
    const split = vi.spyOn(String.prototype, 'split');
    try {
      expect(xAdapter.observe(doc, url, now)).toEqual(expected);
      const labels = new Set([...doc.querySelectorAll('article [role="group"][aria-label]')].map((bar) => bar.getAttribute('aria-label')));
      expect(split.mock.contexts.filter((on) => labels.has(String(on)))).toEqual([]);
    } finally {
      split.mockRestore();
    }
  });

  it('reads singular English counts, and English labels in another order or case, the same', () => {
    const { doc, url, now } = loadFixture('x', 'profile-visitor-en');
    const bar = doc.querySelector('article[data-testid="tweet"] [role="group"][aria-label]')!;
    const read = (label: string) => {
      bar.setAttribute('aria-label', label);
      const post = xAdapter.observe(doc, url, now)!.posts[0]!;
      return [post.comments, post.shares, post.reactions];
    };
    expect(read('1 reply, 1 repost, 1 like')).toEqual([1, 1, 1]);
    expect(read('0 replies, 2 reposts, 5 likes, 1 bookmark, 90 views')).toEqual([0, 2, 5]);
    expect(read('939 likes, 46 replies, 73 reposts')).toEqual([46, 73, 939]);
    expect(read('46 Replies, 73 Reposts, 939 Likes')).toEqual([46, 73, 939]);
    expect(read('46 replies, 73 retweets, 939 likes')).toEqual([46, 73, 939]);
  });

  it('finds the action bar anywhere in a post when it is not down its last children', () => {
    const { doc, url, now, expected } = loadFixture('x', 'profile-visitor-en');
    // Neither the last slot of the column after the avatar nor the post's last children hold it.
    for (const bar of doc.querySelectorAll('article[data-testid="tweet"] [role="group"][aria-label]')) {
      for (let el = bar.parentElement!.parentElement; el; el = el.tagName === 'ARTICLE' ? null : el.parentElement) el.append(doc.createElement('div'));
    }
    expect(xAdapter.observe(doc, url, now)).toEqual(expected);
  });

  it("reads a post's time, text and action bar in the column after its avatar, not in the whole post", () => {
    const { doc, url, now, expected } = loadFixture('x', 'profile-visitor-en');
    const wholePost = queriesOnPosts(() => expect(xAdapter.observe(doc, url, now)).toEqual(expected));
    expect(wholePost.length).toBeGreaterThan(0);
    expect(wholePost.filter((selector) => /time|tweetText|role="group"|"reply"/.test(selector))).toEqual([]);
  });

  it('reads the time, text and action bar anywhere in a post when the branch after its avatar holds none of them', () => {
    const { doc, url, now, expected } = loadFixture('x', 'profile-visitor-en');
    for (const avatar of doc.querySelectorAll('[data-testid="Tweet-User-Avatar"]')) avatar.after(doc.createElement('div'));
    expect(xAdapter.observe(doc, url, now)).toEqual(expected);
  });

  it('searches a whole post neither for its context line nor for its reply button when both sit where X puts them', () => {
    const { doc, url, now, expected } = loadFixture('x', 'profile-reposts-pinned-old-en');
    const wholePost = queriesOnPosts(() => expect(xAdapter.observe(doc, url, now)).toEqual(expected));
    expect(wholePost.length).toBeGreaterThan(0);
    expect(wholePost.filter((selector) => /socialContext|"reply"/.test(selector))).toEqual([]);
  });

  it('finds the context line anywhere in a post without an avatar', () => {
    const { doc, url, now, expected } = loadFixture('x', 'profile-reposts-pinned-old-en');
    for (const avatar of doc.querySelectorAll('[data-testid="Tweet-User-Avatar"]')) avatar.removeAttribute('data-testid');
    expect(xAdapter.observe(doc, url, now)).toEqual(expected);
  });

  it("takes the permalink's time when a post's first time is not in a link", () => {
    const { doc, url, now, expected } = loadFixture('x', 'profile-visitor-en');
    const article = doc.querySelector('article[data-testid="tweet"]')!;
    const stray = doc.createElement('time');
    stray.setAttribute('datetime', '2020-01-01T00:00:00.000Z');
    article.prepend(stray);
    expect(xAdapter.observe(doc, url, now)).toEqual(expected);
  });

  it("reads a post's kind from media in the post it quotes", () => {
    const { doc, url, now } = loadFixture('x', 'profile-visitor-en');
    // The capture's one quoting post: a second name line, the quoted author's.
    const quoting = [...doc.querySelectorAll('article[data-testid="tweet"]')].find((a) => a.querySelectorAll('[data-testid="User-Name"]').length > 1)!;
    const id = quoting.querySelector('a[href*="/status/"] > time')!.parentElement!.getAttribute('href')!.split('/').pop();
    const read = () => xAdapter.observe(doc, url, now)!.posts.find((post) => post.id === id)!.kind;
    expect(read()).toBe('text');
    quoting.querySelectorAll('[data-testid="tweetText"]')[1]!.insertAdjacentHTML('afterend', '<div data-testid="cardPoll"></div>');
    expect(read()).toBe('poll');
  });

  it("reads a post's kind from each branch between its text and its action bar's slot, none from that slot", () => {
    const { doc, url, now } = loadFixture('x', 'profile-visitor-en');
    const kinds = () => xAdapter.observe(doc, url, now)!.posts.map((post) => post.kind);
    const articles = [...doc.querySelectorAll('article[data-testid="tweet"]')];
    const textOnly = kinds().indexOf('text');
    const photo = kinds().indexOf('photo');
    // The column after the avatar's branch ends with the action bar's slot.
    const barSlot = (i: number) => {
      let branch = articles[i]!.querySelector('[data-testid="Tweet-User-Avatar"]')!;
      while (!branch.nextElementSibling) branch = branch.parentElement!;
      return branch.nextElementSibling!.lastElementChild!;
    };
    barSlot(textOnly).prepend(Object.assign(doc.createElement('div'), { innerHTML: '<div data-testid="tweetPhoto"></div>' }));
    expect(kinds()[textOnly]).toBe('text');
    // A second branch of media after the photo's, before the bar's slot: a poll outranks the photo.
    barSlot(photo).before(Object.assign(doc.createElement('div'), { innerHTML: '<div data-testid="cardPoll"></div>' }));
    expect(kinds()[photo]).toBe('poll');
  });

  it('reads only the articles that are posts', () => {
    const { doc, url, now } = loadFixture('x', 'profile-visitor-en');
    const before = xAdapter.observe(doc, url, now)!.posts.length;
    const other = doc.createElement('article');
    other.innerHTML = '<a href="/badlogicgames/status/123"><time datetime="2025-01-01T00:00:00.000Z"></time></a>';
    doc.body.append(other);
    const posts = xAdapter.observe(doc, url, now)!.posts;
    expect(posts).toHaveLength(before);
    expect(posts.some((post) => post.id === '123')).toBe(false);
    other.setAttribute('data-testid', 'tweet');
    expect(xAdapter.observe(doc, url, now)!.posts.some((post) => post.id === '123')).toBe(true);
  });
});

describe('X in other languages and on other hosts', () => {
  it('reads a Spanish interface: "14 mil seguidores", "Fijado", "respuestas … Me gusta"', () => {
    const { doc, url, now } = loadFixture('x', 'profile-visitor-ja');
    doc.documentElement.setAttribute('lang', 'es');
    const link = doc.querySelector('a[href$="/verified_followers"]')!;
    link.querySelector('span span')!.textContent = '14\u00a0mil';
    link.querySelectorAll('span span')[1]!.textContent = 'seguidores';
    doc.querySelector('[data-testid="socialContext"]')!.textContent = 'Fijado';
    doc.querySelector('article [role="group"][aria-label]')!.setAttribute(
      'aria-label',
      '46 respuestas, 73 reposts, 939 Me gusta, 1210 elementos guardados, 241030 reproducciones',
    );
    const observation = xAdapter.observe(doc, url, now)!;
    expect(observation.followers).toEqual({ count: 14000, exact: false, shown: '14 mil seguidores' });
    expect(observation.posts[0]).toMatchObject({ pinned: true, comments: 46, shares: 73, reactions: 939 });
  });

  it('reads twitter.com and mobile hosts as the same page on x.com', () => {
    const { doc, now, expected } = loadFixture('x', 'profile-visitor-en');
    for (const host of ['twitter.com', 'mobile.x.com', 'mobile.twitter.com', 'www.x.com']) {
      const url = new URL(`https://${host}/badlogicgames`);
      expect(xAdapter.matches(url), host).toBe(true);
      expect(xAdapter.observe(doc, url, now), host).toEqual(expected);
    }
  });

  it('leaves hosts that only look like X', () => {
    for (const href of ['https://fx.com/badlogicgames', 'https://x.com.example.net/badlogicgames', 'https://pro.x.com/badlogicgames']) {
      expect(xAdapter.matches(new URL(href)), href).toBe(false);
    }
  });

  it("returns null for a shell whose JSON-LD is another profile's", () => {
    const { doc, now } = loadFixture('x', 'profile-shell-en');
    expect(xAdapter.observe(doc, new URL('https://x.com/someoneelse'), now)).toBeNull();
  });
});

/** The selectors `run` passed to querySelector on a post's own article: each one a search of the whole post. */
function queriesOnPosts(run: () => void): string[] {
  const query = vi.spyOn(Element.prototype, 'querySelector');
  try {
    run();
    return query.mock.contexts.flatMap((on, i) => ((on as Element).tagName === 'ARTICLE' ? [String(query.mock.calls[i]![0])] : []));
  } finally {
    query.mockRestore();
  }
}
