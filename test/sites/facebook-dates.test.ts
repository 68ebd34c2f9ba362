import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../src/sites/facebook';
import { CREATED_ATTR, POST_ID_ATTR, STORIES_ID } from '../../src/sites/facebook-attributes';
import { storiesIn } from '../../src/sites/facebook-stories';
import { listStories } from '../../src/page-world/facebook-graphql';
import { REAL, captureStoryScripts, eventStory, graphqlBody, pageStory, reelStory, sharedStory } from './capture-payloads';
import { loadFixture } from './fixture-harness';
import { htmlPage } from './html-page';

const url = new URL('https://www.facebook.com/SunnyBakeryLyon');
const now = new Date('2025-06-12T12:00:00Z');
const page = (html: string) => htmlPage(`<div role="main"><h1>Sunny Bakery</h1>${html}</div>`);
const post = (inner: string, attrs = '') =>
  `<div aria-posinset="1" ${attrs}><div data-ad-rendering-role="profile_name">Sunny Bakery</div>${inner}</div>`;
const datesOf = (doc: Document) =>
  facebookAdapter.observe(doc, url, now)!.posts.map(({ id, publishedAt, precision }) => ({ id, publishedAt, precision }));

describe('stories in Facebook’s data', () => {
  it('reads the real capture’s story: its post id, its own time, its permalink and message', () => {
    const stories = captureStoryScripts().flatMap((script) => storiesIn(JSON.parse(script)));
    expect(stories).toEqual([
      {
        postId: REAL.postId,
        createdSeconds: REAL.created,
        url: expect.stringContaining('/LeBistroVolney/posts/pfbid0SKusRDaeH1Eqbd4k2u48H3'),
        message: REAL.message,
      },
    ]);
  });

  it('dates a page’s post, a shared post, a reel and an event by the story’s own time; keeps a post with no time undated', () => {
    const stories = storiesIn({
      edges: [
        { node: pageStory({ postId: '101', created: 1749000000 }) },
        { node: sharedStory({ postId: '102', created: 1748000000, message: 'Look at this' }, { postId: '900', created: 1600000000 }) },
        { node: reelStory({ postId: '103', created: 1747000000 }, 1746000000) },
        { node: eventStory({ postId: '104', created: 1745000000 }, 1744000000) },
        { node: pageStory({ postId: '105', created: null }) },
      ],
    });
    expect(stories.map(({ postId, createdSeconds }) => ({ postId, createdSeconds }))).toEqual([
      { postId: '101', createdSeconds: 1749000000 },
      // The shared post (900) is not one of the Page's posts, and its time is not the share's.
      { postId: '102', createdSeconds: 1748000000 },
      { postId: '103', createdSeconds: 1747000000 },
      { postId: '104', createdSeconds: 1745000000 },
      { postId: '105', createdSeconds: undefined },
    ]);
    expect(stories[1]!.message).toBe('Look at this');
  });

  it('reads a story no further than its time, permalink and message: the rest of its 80 kB is not looked at', () => {
    const story = pageStory({ postId: '106', created: 1749000000, message: 'Open on Sunday' });
    let looked = 0;
    // A last section of the story, after every part the read needs: counted when its insides are read.
    story.zz_later_section = Object.defineProperty({}, 'inner', { enumerable: true, get: () => (looked++, { id: story.id, creation_time: 1 }) });
    expect(storiesIn({ node: story })).toEqual([
      { postId: '106', createdSeconds: 1749000000, url: expect.stringContaining('/posts/'), message: 'Open on Sunday' },
    ]);
    expect(looked).toBe(0);
  });
});

describe('the page-world list of GraphQL stories, as the adapter reads it', () => {
  it('dates a drawn post by its story’s id or text, and lists a story not drawn yet as a post of its own', () => {
    const doc = page(
      post('<div data-ad-rendering-role="story_message">Fresh bread today</div>') +
        post('<div data-ad-rendering-role="story_message">Closed Monday</div>', `${POST_ID_ATTR}="302"`),
    );
    listStories(doc, graphqlBody([
      pageStory({ postId: '301', created: 1749300000, message: 'Fresh bread today' }),
      pageStory({ postId: '302', created: 1749200000, message: 'another text' }),
      pageStory({ postId: '303', created: 1749100000, message: 'Not drawn yet' }),
    ]));
    const seen = facebookAdapter.observe(doc, url, now)!;
    expect(seen.posts.map(({ id, publishedAt, text }) => ({ id, publishedAt, text }))).toEqual([
      { id: '301', publishedAt: 1749300000000, text: 'Fresh bread today' },
      { id: '302', publishedAt: 1749200000000, text: 'Closed Monday' },
      { id: '303', publishedAt: 1749100000000, text: 'Not drawn yet' },
    ]);
    expect(seen.hidden).toEqual([]);
  });

  it('fills in a time a later answer gives, and checks every value as the page may forge it', () => {
    const doc = page('');
    listStories(doc, graphqlBody([pageStory({ postId: '401', created: null }), pageStory({ postId: '402', created: 1749000000 })]));
    listStories(doc, graphqlBody([pageStory({ postId: '401', created: 1748000000 })]));
    const list = doc.getElementById(STORIES_ID)!;
    expect(list.children).toHaveLength(2);
    const forged = doc.createElement('animateur-story');
    forged.setAttribute(POST_ID_ATTR, '403');
    forged.setAttribute(CREATED_ATTR, '4102444800'); // 2100
    const notAnId = doc.createElement('animateur-story');
    notAnId.setAttribute(POST_ID_ATTR, '<b>x</b>');
    list.append(forged, notAnId);
    expect(datesOf(doc)).toEqual([
      { id: '401', publishedAt: 1748000000000, precision: 'second' },
      { id: '402', publishedAt: 1749000000000, precision: 'second' },
      { id: '403', publishedAt: undefined, precision: undefined },
    ]);
  });

  it('lists new stories in the batch that brings them, and none in a batch that does not', () => {
    const doc = page(post('<div data-ad-rendering-role="story_message">Hello</div>', `${POST_ID_ATTR}="501"`));
    facebookAdapter.observe(doc, url, now);
    listStories(doc, graphqlBody([pageStory({ postId: '502', created: 1749000000 })]));
    const list = doc.getElementById(STORIES_ID)!;
    expect(facebookAdapter.observe(doc, url, now, [list])!.posts.map((p) => p.id)).toEqual(['502']);
    const added = doc.querySelector('[aria-posinset]')!;
    expect(facebookAdapter.observe(doc, url, now, [added])!.posts.map((p) => p.id)).toEqual(['501']);
  });
});

describe('dates the page writes out', () => {
  it('reads a full date from an accessible label, a tooltip, an abbr title or data-utime; the most precise wins', () => {
    const header = (link: string) => post(`${link}<div data-ad-rendering-role="story_message">Hi</div>`);
    const cases: [string, number, string][] = [
      ['<a href="#" aria-label="Tuesday, June 10, 2025 at 11:35 AM">2d</a>', Date.UTC(2025, 5, 10, 11, 35), 'minute'],
      ['<a href="#" aria-describedby="tip">2d</a><div id="tip" role="tooltip">Tuesday, June 10, 2025 at 11:35 AM</div>', Date.UTC(2025, 5, 10, 11, 35), 'minute'],
      ['<a href="#"><abbr title="Tuesday, June 10, 2025 at 11:35 AM">2d</abbr></a>', Date.UTC(2025, 5, 10, 11, 35), 'minute'],
      ['<a href="#"><abbr data-utime="1749555300">2d</abbr></a>', 1749555300000, 'second'],
    ];
    for (const [link, at, precision] of cases) {
      expect(datesOf(page(header(link))), link).toEqual([{ id: expect.stringMatching(/^text:/), publishedAt: at, precision }]);
    }
  });

  it('prefers the page-world time to the second over a date as shown', () => {
    const doc = page(post('<a href="#">2 h</a><div data-ad-rendering-role="story_message">Hi</div>', `${CREATED_ATTR}="1749700000" ${POST_ID_ATTR}="601"`));
    expect(datesOf(doc)).toEqual([{ id: '601', publishedAt: 1749700000000, precision: 'second' }]);
  });
});

describe('the real capture', () => {
  it('stores every story of its embedded JSON with its date (the only dated post; the others are hidden by design)', () => {
    const { doc, url: captureUrl, now: at } = loadFixture('facebook', 'page-visitor-fr');
    const seen = facebookAdapter.observe(doc, captureUrl, at)!;
    const dated = seen.posts.filter((p) => p.publishedAt !== undefined);
    expect(dated.map((p) => [p.id, p.publishedAt])).toEqual([[REAL.postId, REAL.created * 1000]]);
    expect(seen.missing).toEqual([]);
    expect(seen.hidden).toEqual(['post.date']);
  });
});
