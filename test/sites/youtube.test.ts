import { describe } from 'vitest';
import { youtubeAdapter } from '../../src/sites/youtube';
import { expectFixturesObserved, expectNotPages } from './fixture-harness';

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
