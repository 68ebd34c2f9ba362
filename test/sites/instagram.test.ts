import { describe } from 'vitest';
import { instagramAdapter } from '../../src/sites/instagram';
import { expectFixturesObserved, expectNotPages } from './fixture-harness';

describe('Instagram adapter', () => {
  expectFixturesObserved(instagramAdapter, [
    'profile-visitor-en',
    'profile-owner-en',
    'profile-pinned-old-en',
    'profile-drifted-en',
  ]);
  expectNotPages(instagramAdapter, 'profile-visitor-en', [
    'https://www.instagram.com/',
    'https://www.instagram.com/explore/search/',
    'https://www.instagram.com/accounts/edit/',
    'https://www.instagram.com/gdg_rbu/p/DE_xvFlBTIv/',
    'https://www.instagram.com/gdg_rbu/followers/',
  ]);
});
