import { describe } from 'vitest';
import { blueskyAdapter } from '../../src/sites/bluesky';
import { expectFixturesObserved, expectNotPages } from './fixture-harness';

describe('Bluesky adapter', () => {
  expectFixturesObserved(blueskyAdapter, [
    'profile-visitor-en',
    'profile-owner-en',
    'profile-pinned-old-en',
    'profile-drifted-en',
  ]);
  expectNotPages(blueskyAdapter, 'profile-visitor-en', [
    'https://bsky.app/',
    'https://bsky.app/search?q=stephen',
    'https://bsky.app/settings',
    'https://bsky.app/profile/stephenking.bsky.social/post/3mddvy5bv6k27',
    'https://bsky.app/profile/stephenking.bsky.social/followers',
  ]);
});
