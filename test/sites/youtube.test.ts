import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { youtubeAdapter } from '../../src/sites/youtube';
import { expectFixturesObserved, expectNotPages, loadFixture } from './fixture-harness';

describe('YouTube adapter', () => {
  expectFixturesObserved(youtubeAdapter, [
    'channel-videos-visitor-en',
    'channel-videos-owner-en',
    'channel-videos-drifted-en',
    'channel-posts-owner-fr',
    'channel-home-es',
    'channel-legacy-unrendered-en',
  ]);
  expectNotPages(youtubeAdapter, 'channel-videos-visitor-en', [
    'https://www.youtube.com/',
    'https://www.youtube.com/feed/subscriptions',
    'https://www.youtube.com/results?search_query=love+stories',
    'https://www.youtube.com/account',
    'https://www.youtube.com/watch?v=TMcthivLM14',
    'https://www.youtube.com/@LoveStoriesLinda/playlists',
  ]);
});

describe('YouTube video ages', () => {
  const DAY = 86_400_000;
  const cases = [
    ['en', 'Streamed 2 weeks ago', 14],
    ['en', 'Premiered 3 days ago', 3],
    ['fr', 'Diffusé il y a 2 semaines', 14],
    ['fr', 'Première diffusion il y a 3 jours', 3],
  ] as const;
  for (const [lang, shown, days] of cases) {
    it(`reads "${shown}" as the video's age`, () => {
      const { doc, url, now } = loadFixture('youtube', 'channel-videos-visitor-en');
      doc.documentElement.setAttribute('lang', lang);
      // The first video's metadata line: "409 views", then its age.
      const [, age] = doc.querySelector('ytd-rich-grid-media')!.querySelectorAll('#metadata-line span');
      age!.textContent = shown;
      const video = youtubeAdapter.observe(doc, url, now)!.posts[0]!;
      expect(video.publishedAt).toBe(now.getTime() - days * DAY);
      expect(video.precision).toBe('day');
    });
  }
});

/** A page at `href` holding only `html` (scripts inert), as YouTube serves it before its app draws. */
function pageAt(href: string, html: string): { doc: Document; url: URL } {
  const window = new Window({ url: href, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  return { doc: window.document as unknown as Document, url: new URL(href) };
}

const NOW = new Date('2025-04-10T12:00:00.000Z');
/** The newer header as ytInitialData holds it (real capture channel-videos-visitor-en), for a channel with no @handle. */
const PAGE_HEADER_JSON = JSON.stringify({
  header: { pageHeaderRenderer: { pageTitle: 'Coro Municipal', content: { pageHeaderViewModel: { metadata: { contentMetadataViewModel: {
    metadataRows: [{ metadataParts: [{ text: { content: '2,5 mil suscriptores' } }, { text: { content: '41 vídeos' } }] }],
  } } } } } },
  metadata: { channelMetadataRenderer: { title: 'Coro Municipal', externalId: 'UCcoroMunicipal0000000AB' } },
});

describe('YouTube channel addresses', () => {
  it('keeps a /channel/UC… address and its id, case and all, when the page shows no @handle', () => {
    const { doc, url } = pageAt(
      'https://www.youtube.com/channel/UCcoroMunicipal0000000AB',
      `<html><head><script>ytcfg.set({"HL":"es"});</script><script>var ytInitialData = ${PAGE_HEADER_JSON};</script></head><body><ytd-app></ytd-app></body></html>`,
    );
    expect(youtubeAdapter.observe(doc, url, NOW)).toMatchObject({
      page: { handle: 'uccoromunicipal0000000ab', name: 'Coro Municipal', url: 'https://www.youtube.com/channel/UCcoroMunicipal0000000AB' },
      // No <html lang>: "2,5 mil" is read in the language the page's settings name.
      followers: { count: 2500, exact: false, shown: '2,5 mil suscriptores' },
    });
  });

  it("reads nothing from another channel's JSON left by an in-app navigation", () => {
    const { doc } = loadFixture('youtube', 'channel-legacy-unrendered-en');
    for (const href of [
      'https://www.youtube.com/c/SomeoneElse',
      'https://www.youtube.com/user/LindasLoveStories',
      'https://www.youtube.com/@SomeoneElse',
      'https://www.youtube.com/channel/UC0000000000000000000001',
    ]) {
      expect(youtubeAdapter.observe(doc, new URL(href), NOW), href).toBeNull();
    }
  });

  it('finds the same channel by its id or @handle in the JSON', () => {
    const { doc } = loadFixture('youtube', 'channel-legacy-unrendered-en');
    for (const href of ['https://www.youtube.com/channel/UCNk8BxbVxfbdGzLG0NujYNw', 'https://www.youtube.com/@lovestorieslinda/videos']) {
      expect(youtubeAdapter.observe(doc, new URL(href), NOW)?.page.url, href).toBe('https://www.youtube.com/@lovestorieslinda');
    }
  });

  it('matches a non-ASCII @handle to its percent-encoded vanity URL', () => {
    const json = JSON.stringify({ metadata: { channelMetadataRenderer: { title: 'Café Olé', externalId: 'UCcafeOle00000000000000A', vanityChannelUrl: 'http://www.youtube.com/@caf%C3%A9ol%C3%A9' } } });
    const { doc, url } = pageAt('https://www.youtube.com/@caféolé', `<html lang="fr"><head><script>var ytInitialData = ${json};</script></head><body></body></html>`);
    expect(youtubeAdapter.observe(doc, url, NOW)?.page).toEqual({ handle: 'caféolé', name: 'Café Olé', url: 'https://www.youtube.com/@caféolé' });
  });

  it('keeps a legacy /user/ address as it is when nothing else names the channel', () => {
    const { doc } = loadFixture('youtube', 'channel-videos-drifted-en');
    doc.querySelectorAll('#channel-handle, yt-content-metadata-view-model span[role="text"]').forEach((el) => {
      if (el.textContent?.trim().startsWith('@')) el.remove();
    });
    const url = new URL('https://www.youtube.com/user/LindasLoveStories/videos');
    expect(youtubeAdapter.observe(doc, url, NOW)?.page).toMatchObject({
      handle: 'user/lindaslovestories',
      url: 'https://www.youtube.com/user/LindasLoveStories',
    });
  });

  it('reads a channel on m.youtube.com as the same page on www', () => {
    const { doc, url, now, expected } = loadFixture('youtube', 'channel-videos-visitor-en');
    const mobile = new URL(url.href.replace('www.youtube.com', 'm.youtube.com'));
    expect(youtubeAdapter.matches(mobile)).toBe(true);
    expect(youtubeAdapter.observe(doc, mobile, now)).toEqual(expected);
  });

  it("returns null on the mobile site's own layout, which draws no desktop header", () => {
    const { doc, url } = pageAt(
      'https://m.youtube.com/@LoveStoriesLinda',
      '<html lang="en"><body><ytm-app><ytm-browse><ytm-c4-tabbed-header-renderer><h1>Linda</h1></ytm-c4-tabbed-header-renderer></ytm-browse></ytm-app></body></html>',
    );
    expect(youtubeAdapter.observe(doc, url, NOW)).toBeNull();
  });

  it('does not take /channel/<not an id> for a channel', () => {
    expect(youtubeAdapter.matches(new URL('https://www.youtube.com/channel/about'))).toBe(false);
  });
});
