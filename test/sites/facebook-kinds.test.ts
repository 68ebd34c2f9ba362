import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../src/sites/facebook';
import { htmlPage } from './html-page';

const url = new URL('https://www.facebook.com/SunnyBakeryLyon');
const now = new Date('2025-06-12T12:00:00Z');

/** One post per marker, each with its own text (its id), in the order given. */
function kindsOf(markers: string[]): string[] {
  const posts = markers.map(
    (marker, n) =>
      `<div aria-posinset="${n + 1}"><div data-ad-rendering-role="profile_name">Sunny Bakery</div>` +
      `<div data-ad-rendering-role="story_message">Post ${n}</div>${marker}<div role="button" aria-label="Photo de profil, Sunny Bakery"></div></div>`,
  );
  const doc = htmlPage(`<div role="main"><h1>Sunny Bakery</h1>${posts.join('')}</div>`);
  return facebookAdapter.observe(doc, url, now)!.posts.map((post) => post.kind!);
}

describe('facebook post kinds', () => {
  it('tells every kind by each of its markers: an address, a video, a label (any case) or a rendering role', () => {
    expect(
      kindsOf([
        '<div aria-label="Sondage : pain ou croissant ?"></div>',
        '<span aria-label="POLL, 2 options"></span>',
        '<a href="/SunnyBakeryLyon/polls/123">Vote</a>',
        '<video></video>',
        '<a href="https://www.facebook.com/SunnyBakeryLyon/videos/456/">Watch</a>',
        '<a href="/reel/789">Reel</a>',
        '<a href="/watch/?v=1">Watch</a>',
        '<a href="https://www.facebook.com/photo/?fbid=1">Photo</a>',
        '<a href="/events/321/">Bake-off</a>',
        '<div data-ad-rendering-role="title">Our new shop</div>',
        '<a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com">example.com</a>',
      ]),
    ).toEqual(['poll', 'poll', 'poll', 'video', 'video', 'video', 'video', 'photo', 'event', 'link', 'link']);
  });

  it('reads words near a marker’s as no kind, and a post with two kinds as the one that wins', () => {
    expect(
      kindsOf([
        '<a href="/SunnyBakeryLyon/photos_albums">Albums</a><div aria-label="Video settings"></div>',
        '<div data-ad-rendering-role="subtitle">title</div><a href="/eventsy">Events</a>',
        '<a href="https://l.facebook.com/l.php?u=x">x</a><video></video>',
        '<a href="/photo/?fbid=2">Photo</a><a href="/polls/9">Vote</a>',
      ]),
    ).toEqual(['photo', 'text', 'video', 'poll']);
  });
});
