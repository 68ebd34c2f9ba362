import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../src/sites/facebook';
import { adapterFor } from '../../src/sites/index';
import { CREATED_ATTR, POST_ID_ATTR, trustedCreated, trustedPostId } from '../../src/sites/facebook-attributes';
import * as pageWorld from '../../src/page-world/facebook-times';
import { loadFixture } from './fixture-harness';
import { htmlPage } from './html-page';

const FIXTURES = [
  'page-visitor-fr', // the real capture
  'page-visitor-en',
  'page-owner-en',
  'page-pinned-fr',
  'page-shares-en',
  'page-world-attrs-en',
  'page-drifted-fr',
  'page-mbasic-fr', // older markup: data-ft, intro text
  'page-admin-fr', // the real capture with admin controls
  'login-wall-en',
];

describe('facebook adapter on fixtures', () => {
  it.each(FIXTURES)('%s reads as expected', (name) => {
    const { doc, url, now, expected } = loadFixture('facebook', name);
    expect(facebookAdapter.matches(url)).toBe(true);
    expect(facebookAdapter.observe(doc, url, now)).toEqual(expected);
  });

  it('reads the real capture: 692 followers, 3 posts, the newest dated from embedded JSON, one share', () => {
    const { doc, url, now } = loadFixture('facebook', 'page-visitor-fr');
    const seen = facebookAdapter.observe(doc, url, now)!;
    expect(seen.followers).toEqual({ count: 692, exact: true, shown: '692 followers' });
    expect(seen.posts.map((post) => post.publishedAt)).toEqual([1749548120000, undefined, undefined]);
    expect(seen.posts.map((post) => post.repost)).toEqual([undefined, true, undefined]);
    expect(seen.posts.every((post) => !post.url?.includes('__cft__'))).toBe(true);
  });

  it('never dates a post with its shared post’s time (JSON attached_story, nested page-world attribute)', () => {
    const { doc, url, now } = loadFixture('facebook', 'page-shares-en');
    const [withText, bare] = facebookAdapter.observe(doc, url, now)!.posts;
    expect(withText?.publishedAt).toBe(1749630000 * 1000);
    expect(bare?.publishedAt).toBeUndefined();
    expect(bare?.text).toBeUndefined();
  });

  it('lists what a drifted page no longer shows, and still returns its posts', () => {
    const { doc, url, now } = loadFixture('facebook', 'page-drifted-fr');
    const seen = facebookAdapter.observe(doc, url, now)!;
    expect(seen.followers).toBeUndefined();
    expect(seen.missing).toEqual(['followers']);
    // One post of two is dated: Facebook hides the other's date by design, which is no drift.
    expect(seen.hidden).toEqual(['post.date']);
    expect(seen.posts).toHaveLength(2);
  });
});

describe('facebook adapter on URLs', () => {
  const { doc, now } = loadFixture('facebook', 'page-visitor-fr');

  it.each([
    'https://www.facebook.com/',
    'https://www.facebook.com/home.php',
    'https://www.facebook.com/search/top?q=bistro',
    'https://www.facebook.com/settings',
    'https://www.facebook.com/groups/123456/',
    'https://www.facebook.com/marketplace/',
    'https://www.facebook.com/watch/?v=1',
    'https://www.facebook.com/login/',
    'https://www.facebook.com/LeBistroVolney/posts/pfbid0SKusRDaeH1Eqbd4k2u48H3',
    'https://www.facebook.com/photo/?fbid=1144060407724331',
    'https://www.facebook.com/profile.php?id=abc',
    'https://www.facebook.com/LeBistroVolney/videos/1234567890',
    'https://www.facebook.com/LeBistroVolney/photos/a.549754923510089/1057316526087257',
    'https://www.facebook.com/permalink.php?story_fbid=1231217728697135&id=100054267590455',
    'https://www.facebook.com/people/Le-Bistro-Volney/not-an-id/',
    'https://www.facebook.com/people/Le-Bistro-Volney/100054267590455/photos/',
    'https://www.facebook.com/feeds/',
    'https://m.facebook.com/groups/123456/',
    'https://mbasic.facebook.com/story.php?story_fbid=1&id=2',
    'https://evil.example/LeBistroVolney',
    'https://facebook.com.evil.example/LeBistroVolney',
  ])('%s is not a Page we track', (href) => {
    const url = new URL(href);
    expect(facebookAdapter.matches(url)).toBe(false);
    expect(facebookAdapter.observe(doc, url, now)).toBeNull();
  });

  it('names a Page by its lower-case vanity, on any of its tabs', () => {
    const url = new URL('https://www.facebook.com/LeBistroVolney/about/?__cft__[0]=x');
    expect(adapterFor(url)).toBe(facebookAdapter);
    expect(facebookAdapter.observe(doc, url, now)?.page.handle).toBe('lebistrovolney');
  });

  it('names a Page without a vanity by its profile.php id', () => {
    const url = new URL('https://www.facebook.com/profile.php?id=100054267590455&sk=about');
    expect(facebookAdapter.matches(url)).toBe(true);
    const page = document.implementation.createHTMLDocument('');
    page.body.innerHTML =
      '<div role="main"><h1>Nouvelle Page</h1><a href="/profile.php?id=100054267590455&sk=followers">1,2 k followers</a></div>';
    page.documentElement.lang = 'fr';
    const seen = facebookAdapter.observe(page, url, now);
    expect(seen?.page).toEqual({
      handle: '100054267590455',
      name: 'Nouvelle Page',
      url: 'https://www.facebook.com/profile.php?id=100054267590455',
    });
    expect(seen?.followers).toEqual({ count: 1200, exact: false, shown: '1,2 k followers' });
  });
});

describe('facebook adapter on odd pages', () => {
  const url = new URL('https://www.facebook.com/SunnyBakeryLyon');
  const now = new Date('2025-06-12T12:00:00Z');
  const page = htmlPage;

  it('sees the French admin controls', () => {
    for (const control of ['<div role="button">Modifier</div>', '<div role="button"><span>Booster la publication</span></div>']) {
      const seen = facebookAdapter.observe(page(`<div role="main"><h1>Café</h1>${control}</div>`, 'fr'), url, now);
      expect(seen?.ownerView).toBe(true);
    }
  });

  it('is not fooled by a visitor control that only contains an admin word', () => {
    const html = '<div role="main"><h1>Café</h1><div role="button" aria-label="Gérer les paramètres de notifications"></div></div>';
    expect(facebookAdapter.observe(page(html, 'fr'), url, now)?.ownerView).toBe(false);
  });

  it('returns null, without throwing, on an empty document or broken embedded JSON', () => {
    expect(facebookAdapter.observe(page(''), url, now)).toBeNull();
    const broken = page('<script type="application/json">{"profile_social_context": [</script>');
    expect(facebookAdapter.observe(broken, url, now)).toBeNull();
  });

  it('survives embedded JSON deeper than it walks', () => {
    let deep = '{"profile_social_context":{"content":[{"text":{"text":"5 followers"},"uri":"/x/followers/"}]},"name":"Deep"}';
    for (let i = 0; i < 500; i++) deep = `{"a":${deep}}`;
    const doc = page(`<script type="application/json">${deep}</script><div role="main"><h1>Shallow</h1></div>`);
    const seen = facebookAdapter.observe(doc, url, now);
    expect(seen?.page.name).toBe('Shallow');
    expect(seen?.missing).toEqual(['followers']);
  });
});

describe('page-world attributes are untrusted', () => {
  const now = new Date('2025-06-12T12:00:00Z');
  const nowSeconds = now.getTime() / 1000;

  it('accepts a plain epoch-seconds integer between 2004 and tomorrow', () => {
    expect(trustedCreated('1749548120', now)).toBe(1749548120);
    expect(trustedCreated(String(nowSeconds + 3600), now)).toBe(nowSeconds + 3600);
    expect(trustedCreated(String(Date.UTC(2004, 1, 4) / 1000), now)).toBe(Date.UTC(2004, 1, 4) / 1000);
  });

  it.each([
    ['more than a day ahead', String(nowSeconds + 2 * 86_400)],
    ['before Facebook existed', String(Date.UTC(2003, 11, 31) / 1000)],
    ['milliseconds', '1749548120000'],
    ['negative', '-1749548120'],
    ['decimal', '1749548120.5'],
    ['exponent', '1.7e9'],
    ['padded', ' 1749548120'],
    ['markup', '1749548120"><img src=x>'],
    ['empty', ''],
  ])('rejects a forged time: %s', (_, value) => {
    expect(trustedCreated(value, now)).toBeUndefined();
  });

  it('rejects a missing time', () => {
    expect(trustedCreated(null, now)).toBeUndefined();
  });

  it('accepts numeric post ids only', () => {
    expect(trustedPostId('1231217728697135')).toBe('1231217728697135');
    for (const forged of [null, '', 'pfbid0abc', '123 456', '1'.repeat(26), '12<b>']) expect(trustedPostId(forged)).toBeUndefined();
  });

  it('uses the same attribute names as the page-world script', () => {
    expect(pageWorld.CREATED_ATTR).toBe(CREATED_ATTR);
    expect(pageWorld.POST_ID_ATTR).toBe(POST_ID_ATTR);
  });
});

describe('page-world script reading React expandos', () => {
  type Fiber = { memoizedProps?: unknown; return?: Fiber | null };
  const story = (id: string, postId: string, seconds: number, extra: object = {}) => ({
    id,
    post_id: postId,
    comet_sections: { timestamp: { story: { id, creation_time: seconds } } },
    ...extra,
  });
  /** A post element whose fiber's `depth`-th ancestor renders the story, as React leaves it. */
  const postWith = (props: unknown, depth: number, key = '__reactFiber$x7k2q') => {
    const el = document.createElement('div');
    el.setAttribute('aria-posinset', '1');
    let fiber: Fiber = { memoizedProps: props, return: null };
    for (let i = 0; i < depth; i++) fiber = { memoizedProps: { className: 'x1' }, return: fiber };
    Object.assign(el, { [key]: fiber });
    return el;
  };

  it('finds creation_time and post_id on an ancestor fiber', () => {
    const el = postWith({ story: story('UzpfSTE=', '1231217728697135', 1749548120) }, 5);
    expect(pageWorld.readPostFacts(el)).toEqual({ created: 1749548120, postId: '1231217728697135' });
  });

  it('reads the props expando when the story is passed to the element itself', () => {
    const el = document.createElement('div');
    Object.assign(el, { '__reactProps$abc': { story: { id: 's1', creation_time: 1700000000 } } });
    expect(pageWorld.readPostFacts(el)).toEqual({ created: 1700000000 });
  });

  it('never takes the time of the shared story it contains', () => {
    const shared = story('other', '999', 1600000000);
    const own = { id: 'mine', post_id: '111', attached_story: shared, comet_sections: { content: { story: { attached_story: shared } } } };
    expect(pageWorld.readPostFacts(postWith({ story: own }, 2))).toEqual({ postId: '111' });
    const timed = story('mine', '111', 1749000000, { attached_story: shared });
    expect(pageWorld.readPostFacts(postWith({ story: timed }, 2))).toEqual({ created: 1749000000, postId: '111' });
  });

  it('gives up past its depth bound, on cycles and on throwing getters', () => {
    expect(pageWorld.readPostFacts(postWith({ story: story('a', '1', 1700000000) }, 60))).toEqual({});
    const loop: Fiber = { memoizedProps: {} };
    loop.return = loop;
    const el = document.createElement('div');
    Object.assign(el, { '__reactFiber$loop': loop });
    expect(pageWorld.readPostFacts(el)).toEqual({});
    const trap = document.createElement('div');
    Object.defineProperty(trap, '__reactFiber$trap', {
      enumerable: true,
      get() {
        throw new Error('page trap');
      },
    });
    expect(pageWorld.readPostFacts(trap)).toEqual({});
    expect(pageWorld.readPostFacts(document.createElement('div'))).toEqual({});
  });

  it('tags posts so the adapter dates them, and the adapter checks what it reads', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = `<div role="main"><h1>Sunny Bakery</h1>
      <div id="p1" aria-posinset="1"><div data-ad-rendering-role="profile_name">Sunny Bakery</div><div data-ad-rendering-role="story_message">Hello</div></div>
      <div id="p2" aria-posinset="2"><div data-ad-rendering-role="profile_name">Sunny Bakery</div><div data-ad-rendering-role="story_message">Soon</div></div></div>`;
    const real = story('s1', '5550001', 1749722400);
    Object.assign(doc.getElementById('p1')!, { '__reactFiber$q': { memoizedProps: {}, return: { memoizedProps: { story: real } } } });
    const forged = story('s2', '5550002', 4102444800); // 2100: the page lies
    Object.assign(doc.getElementById('p2')!, { '__reactFiber$q': { memoizedProps: { story: forged } } });
    pageWorld.tagPosts(doc);
    expect(doc.getElementById('p1')!.getAttribute(CREATED_ATTR)).toBe('1749722400');
    const seen = facebookAdapter.observe(doc, new URL('https://www.facebook.com/SunnyBakeryLyon'), new Date('2025-06-12T12:00:00Z'));
    expect(seen?.posts.map(({ id, publishedAt }) => ({ id, publishedAt }))).toEqual([
      { id: '5550001', publishedAt: 1749722400000 },
      { id: '5550002', publishedAt: undefined },
    ]);
  });
});

describe('facebook adapter reading only added posts', () => {
  const url = new URL('https://www.facebook.com/SunnyBakeryLyon');
  const now = new Date('2025-06-12T12:00:00Z');

  it('reads a container added inside a post (a comment) as the post around it', () => {
    const { doc, url: pageUrl, now: at } = loadFixture('facebook', 'page-shares-en');
    const full = facebookAdapter.observe(doc, pageUrl, at)!;
    const comment = doc.createElement('div');
    comment.setAttribute('role', 'article');
    comment.innerHTML = '<div data-ad-rendering-role="profile_name">A visitor</div><div>See you Sunday!</div>';
    doc.querySelector('[aria-posinset="1"]')!.append(comment);
    expect(facebookAdapter.observe(doc, pageUrl, at, [comment])!.posts).toEqual([full.posts[0]]);
    // The shared post inside it, re-rendered, is still read as the Page's post.
    const shared = doc.querySelector('[aria-posinset="2"] [aria-labelledby]')!;
    expect(facebookAdapter.observe(doc, pageUrl, at, [shared])!.posts).toEqual([full.posts[1]]);
  });

  /** Two posts with the same text, and the embedded JSON's two stories for them, newest first. */
  function twinPosts(): Document {
    const doc = document.implementation.createHTMLDocument('');
    const story = (id: string, postId: string, created: number) =>
      `{"node":{"id":"${id}","post_id":"${postId}","creation_time":${created},"message":{"text":"Open today"}}}`;
    doc.head.innerHTML = `<script type="application/json">{"user":{"timeline_list_feed_units":{"edges":[${story('s1', '1001', 1749000000)},${story('s2', '1002', 1748000000)}]}}}</script>`;
    const post = (n: number) =>
      `<div aria-posinset="${n}"><div data-ad-rendering-role="profile_name">Sunny Bakery</div><div data-ad-rendering-role="story_message">Open today</div></div>`;
    doc.body.innerHTML = `<div role="main"><div><h1>Sunny Bakery</h1></div>${post(1)}${post(2)}</div>`;
    return doc;
  }
  const idAndDate = ({ id, publishedAt }: { id: string; publishedAt?: number }) => ({ id, publishedAt });

  it('gives posts read one batch at a time the stories a full read gives them', () => {
    const doc = twinPosts();
    const [first, second] = doc.querySelectorAll('[aria-posinset]');
    const batches = [first!, second!].flatMap((post) => facebookAdapter.observe(doc, url, now, [post])!.posts);
    expect(batches.map(idAndDate)).toEqual([
      { id: '1001', publishedAt: 1749000000000 },
      { id: '1002', publishedAt: 1748000000000 },
    ]);
    expect(facebookAdapter.observe(doc, url, now)!.posts).toEqual(batches);
    expect(facebookAdapter.observe(doc, url, now, [second!])!.posts).toEqual([batches[1]]);
  });

  it('reads the posts of one batch in page order, whatever the order their nodes came in', () => {
    const inPageOrder = [
      { id: '1001', publishedAt: 1749000000000 },
      { id: '1002', publishedAt: 1748000000000 },
    ];
    const doc = twinPosts();
    const [first, second] = doc.querySelectorAll('[aria-posinset]');
    // Each post's story is claimed in page order, as a full read claims them.
    expect(facebookAdapter.observe(doc, url, now, [second!, first!])!.posts.map(idAndDate)).toEqual(inPageOrder);
    // Cells apart (something drawn between them), in order or not.
    first!.after(doc.createElement('div'));
    expect(facebookAdapter.observe(doc, url, now, [first!, second!])!.posts.map(idAndDate)).toEqual(inPageOrder);
    expect(facebookAdapter.observe(doc, url, now, [second!, first!])!.posts.map(idAndDate)).toEqual(inPageOrder);
  });

  it('gives a re-rendered post the story of the post it replaced', () => {
    const doc = twinPosts();
    const full = facebookAdapter.observe(doc, url, now)!;
    const first = doc.querySelector('[aria-posinset="1"]')!;
    const rendered = first.cloneNode(true) as Element;
    first.replaceWith(rendered);
    expect(facebookAdapter.observe(doc, url, now, [rendered])!.posts).toEqual([full.posts[0]]);
  });

  it('reads an added post in one query per attribute name or tag, never a selector list (the same posts as a full read)', () => {
    const { doc, url, now } = loadFixture('facebook', 'page-visitor-fr');
    const full = facebookAdapter.observe(doc, url, now)!;
    const post = doc.querySelector('[aria-posinset]')!;
    const queries: string[] = [];
    const counted = <T extends (selector: string) => unknown>(original: T) =>
      function (this: Element, selector: string) {
        if (this === post) queries.push(selector);
        return original.call(this, selector);
      };
    const { querySelector, querySelectorAll } = Element.prototype;
    Element.prototype.querySelector = counted(querySelector) as typeof querySelector;
    Element.prototype.querySelectorAll = counted(querySelectorAll) as typeof querySelectorAll;
    try {
      // A selector list is matched selector by selector on each element: one walk per attribute name costs less.
      expect(facebookAdapter.observe(doc, url, now, [post])!.posts).toEqual([full.posts[0]]);
    } finally {
      Element.prototype.querySelector = querySelector;
      Element.prototype.querySelectorAll = querySelectorAll;
    }
    expect(queries.sort()).toEqual(['[aria-label]', '[data-ad-rendering-role]', 'a[href]', 'video']);
  });

  it('tests a selector on none of an added post’s parts but those that may tell its kind', () => {
    const { doc, url, now } = loadFixture('facebook', 'page-visitor-fr');
    const full = facebookAdapter.observe(doc, url, now)!;
    const post = doc.querySelector('[aria-posinset]')!;
    const matched = new Set<Element>();
    let owner = Object.getPrototypeOf(post) as Element;
    while (!Object.prototype.hasOwnProperty.call(owner, 'matches')) owner = Object.getPrototypeOf(owner) as Element;
    const { matches } = owner;
    owner.matches = function (this: Element, selectors: string) {
      if (this !== post && post.contains(this)) matched.add(this);
      return matches.call(this, selectors);
    } as typeof matches;
    try {
      expect(facebookAdapter.observe(doc, url, now, [post])!.posts).toEqual([full.posts[0]]);
    } finally {
      owner.matches = matches;
    }
    // Of its ~30 labelled, role-marked and linked parts, only the link preview's title.
    expect([...matched].map((el) => el.getAttribute('data-ad-rendering-role'))).toEqual(['title']);
  });

  it('walks no text of a post whose only count word is its comment box’s placeholder', () => {
    const { doc, url, now } = loadFixture('facebook', 'page-visitor-fr');
    const full = facebookAdapter.observe(doc, url, now)!;
    // The first post says "Écrivez un commentaire…" under its box, and shows no count line.
    const post = doc.querySelector('[aria-posinset]')!;
    expect(post.textContent).toContain('Écrivez un commentaire…');
    expect(post.querySelector('[role="textbox"]')).not.toBeNull();
    // The fixture's document comes from its own window: its prototypes, not this one's globals.
    let owner = Object.getPrototypeOf(doc) as Document;
    while (!Object.prototype.hasOwnProperty.call(owner, 'createTreeWalker')) owner = Object.getPrototypeOf(owner) as Document;
    const { createTreeWalker } = owner;
    let walks = 0;
    owner.createTreeWalker = function (this: Document, ...args: Parameters<typeof createTreeWalker>) {
      walks++;
      return createTreeWalker.apply(this, args);
    };
    try {
      expect(facebookAdapter.observe(doc, url, now, [post])!.posts).toEqual([full.posts[0]]);
    } finally {
      owner.createTreeWalker = createTreeWalker;
    }
    expect(walks).toBe(0);
  });

  it('reads a batch in the posts it added alone: nothing in the posts already read, and in the new one only the leaves holding a count’s words', () => {
    const { doc, url, now } = loadFixture('facebook', 'page-visitor-fr');
    facebookAdapter.observe(doc, url, now);
    const old = [...doc.querySelectorAll('[aria-posinset]')];
    // A copy of the post with "1 commentaire" and "2 partages", added as the next cell of the timeline.
    const withCounts = old.find((post) => post.textContent!.includes('2 partages'))!;
    const cell = doc.createElement('div');
    cell.append(withCounts.cloneNode(true));
    cell.firstElementChild!.setAttribute(POST_ID_ATTR, '900000000000001');
    withCounts.parentElement!.after(cell);
    const added = cell.firstElementChild!;
    const textNodes = doc.createTreeWalker(added, 4);
    let texts = 0;
    while (textNodes.nextNode()) texts++;

    const touched: Node[] = [];
    const queriedAll: Node[] = [];
    const restore: (() => void)[] = [];
    const spy = <T extends object>(owner: T, name: keyof T & string, onCall: (node: Node) => void) => {
      const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
      const patched = descriptor.get
        ? { ...descriptor, get(this: Node) { onCall(this); return descriptor.get!.call(this); } }
        : { ...descriptor, value(this: Node, ...args: unknown[]) { onCall(this); return (descriptor.value as (...a: unknown[]) => unknown).apply(this, args); } };
      Object.defineProperty(owner, name, patched);
      restore.push(() => Object.defineProperty(owner, name, descriptor));
    };
    /** Where a property is defined for `node`: happy-dom puts some on Node, some on Element or CharacterData. */
    const ownerOf = (node: object, name: string): object => {
      for (let proto = Object.getPrototypeOf(node); proto; proto = Object.getPrototypeOf(proto)) {
        if (Object.prototype.hasOwnProperty.call(proto, name)) return proto;
      }
      throw new Error(`no ${name}`);
    };
    const sampleText = doc.createTextNode('');
    for (const name of ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'closest', 'matches'] as const) {
      spy(ownerOf(added, name) as Element, name, (node) => (touched.push(node), name === 'querySelectorAll' && queriedAll.push(node)));
    }
    const documentQuery = ownerOf(doc, 'querySelectorAll');
    if (documentQuery !== ownerOf(added, 'querySelectorAll')) spy(documentQuery as Document, 'querySelectorAll', (node) => queriedAll.push(node));
    spy(ownerOf(added, 'textContent') as Element, 'textContent', (node) => touched.push(node));
    const parentElementOwner = ownerOf(sampleText, 'parentElement') as Text;
    let textParents = 0;
    spy(parentElementOwner, 'parentElement', (node) => {
      if (node.nodeType === 3 && added.contains(node)) textParents++;
    });
    let seen;
    try {
      seen = facebookAdapter.observe(doc, url, now, [cell])!;
    } finally {
      for (const undo of restore.reverse()) undo();
    }
    expect(seen.posts.map(({ id, comments, shares }) => ({ id, comments, shares }))).toEqual([{ id: '900000000000001', comments: 1, shares: 2 }]);
    // Nothing read in, or walked through, the posts already read.
    expect(touched.filter((node) => old.some((post) => post.contains(node)))).toEqual([]);
    expect(queriedAll.filter((node) => old.some((post) => node.contains(post)))).toEqual([]);
    // The count lines are found in the post's text: a few text nodes' elements, not each of its ~200.
    expect(texts).toBeGreaterThan(100);
    expect(textParents).toBeLessThanOrEqual(5);
  });
});
