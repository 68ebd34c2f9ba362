import { describe } from 'vitest';
import { mastodonAdapter } from '../../src/sites/mastodon';
import { expectFixturesObserved, expectNotPages } from './fixture-harness';

describe('Mastodon adapter', () => {
  expectFixturesObserved(mastodonAdapter, [
    'profile-visitor-en',
    'profile-owner-fr',
    'profile-drifted-en',
    // Same URL shape, another platform: the structure check says no.
    'not-mastodon-en',
  ]);
  expectNotPages(mastodonAdapter, 'profile-visitor-en', [
    'https://mastodon.social/home',
    'https://mastodon.social/explore',
    'https://mastodon.social/settings/profile',
    'https://mastodon.social/@leedsgarden/109876543210987654',
    'https://mastodon.social/@leedsgarden/followers',
    // An account shown by another instance than its own: that instance controls what it shows.
    'https://evil.example/@leedsgarden@mastodon.social',
    'https://piaille.fr/@leedsgarden@mastodon.social',
  ]);
});
