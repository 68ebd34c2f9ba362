import { describe, expect, it } from 'vitest';
import { facebookPageReader } from '../../src/sites/facebook';
import { htmlPage } from './html-page';

const url = new URL('https://www.facebook.com/SunnyBakeryLyon');
const now = new Date('2025-06-12T12:00:00Z');

/** The date texts a post's header links give, for the worker's date parser. */
function dateTexts(post: string): string[] {
  const doc = htmlPage(`<div role="main"><h1>Sunny Bakery</h1><div aria-posinset="1">${post}</div></div>`);
  const [read] = facebookPageReader.observe(doc, url, now)!.posts;
  return (read!.shownDates?.texts ?? []).filter((text): text is string => typeof text === 'string');
}

describe('facebook date links', () => {
  it('reads the header’s links but not the author’s, a heading’s, the message’s or the shared post’s', () => {
    expect(
      dateTexts(
        '<div data-ad-rendering-role="profile_name"><h2><a href="/SunnyBakeryLyon">Sunny Bakery</a></h2><a href="/SunnyBakeryLyon?ref=1">Sunny</a></div>' +
          '<h3><span><a href="/SunnyBakeryLyon/about">In the news</a></span></h3>' +
          '<a href="/SunnyBakeryLyon/posts/1" aria-label="10 June 2025 at 11:35">2 d</a>' +
          '<div data-ad-rendering-role="story_message">Open today <a href="/hashtag/bread">#bread</a></div>' +
          '<div data-ad-rendering-role="profile_name"><a href="/OtherPage">Other Page</a></div>' +
          '<a href="/OtherPage/posts/2" aria-label="1 January 2020">5 y</a>',
      ),
    ).toEqual(['10 June 2025 at 11:35', '2 d']);
  });

  it('reads the links before a shared post when the post has no message of its own', () => {
    expect(
      dateTexts(
        '<div data-ad-rendering-role="profile_name"><a href="/SunnyBakeryLyon">Sunny Bakery</a></div>' +
          '<h4><a href="/SunnyBakeryLyon/videos">Videos</a></h4><a href="/SunnyBakeryLyon/posts/1">3 h</a>' +
          '<div data-ad-rendering-role="profile_name"><a href="/OtherPage">Other Page</a></div><a href="/OtherPage/posts/2">5 y</a>' +
          '<div data-ad-rendering-role="story_message">Their news</div>',
      ),
    ).toEqual(['3 h']);
  });
});
