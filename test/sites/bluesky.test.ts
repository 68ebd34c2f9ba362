import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from '../../src/sites/bluesky';
import { expectFixturesObserved, expectNotPages, loadFixture } from './fixture-harness';

describe('Bluesky adapter', () => {
  expectFixturesObserved(blueskyAdapter, [
    'profile-visitor-en',
    'profile-owner-en',
    'profile-pinned-old-en',
    'profile-drifted-en',
    'profile-shell-en',
  ]);
  expectNotPages(blueskyAdapter, 'profile-visitor-en', [
    'https://bsky.app/',
    'https://bsky.app/search?q=stephen',
    'https://bsky.app/settings',
    'https://bsky.app/profile/stephenking.bsky.social/post/3mddvy5bv6k27',
    'https://bsky.app/profile/stephenking.bsky.social/followers',
  ]);
});

describe('Bluesky logged-out shell and hosts', () => {
  it("returns null for a shell whose JSON-LD is another profile's", () => {
    const { doc, now } = loadFixture('bluesky', 'profile-shell-en');
    expect(blueskyAdapter.observe(doc, new URL('https://bsky.app/profile/someone.bsky.social'), now)).toBeNull();
  });

  it('reads www.bsky.app as bsky.app, and leaves hosts that only look like it', () => {
    const { doc, now, expected } = loadFixture('bluesky', 'profile-visitor-en');
    expect(blueskyAdapter.observe(doc, new URL('https://www.bsky.app/profile/stephenking.bsky.social'), now)).toEqual(expected);
    for (const href of ['https://bsky.app.example.net/profile/stephenking.bsky.social', 'https://staging.bsky.app/profile/stephenking.bsky.social']) {
      expect(blueskyAdapter.matches(new URL(href)), href).toBe(false);
    }
  });
});
