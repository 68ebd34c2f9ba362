import { describe, expect, it } from 'vitest';
import { youtubeAdapter } from '../../src/sites/youtube';
import { expectFixturesObserved, expectNotPages, loadFixture } from './fixture-harness';

describe('YouTube adapter', () => {
  expectFixturesObserved(youtubeAdapter, [
    'channel-videos-visitor-en',
    'channel-videos-owner-en',
    'channel-videos-drifted-en',
    'channel-posts-owner-fr',
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
