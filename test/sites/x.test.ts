import { describe } from 'vitest';
import { xAdapter } from '../../src/sites/x';
import { expectFixturesObserved, expectNotPages } from './fixture-harness';

describe('X adapter', () => {
  expectFixturesObserved(xAdapter, [
    'profile-visitor-en',
    'profile-owner-en',
    'profile-reposts-pinned-old-en',
    'profile-drifted-en',
  ]);
  expectNotPages(xAdapter, 'profile-visitor-en', [
    'https://x.com/home',
    'https://x.com/search?q=badlogicgames',
    'https://x.com/settings/profile',
    'https://x.com/badlogicgames/status/1985127737481154951',
  ]);
});
