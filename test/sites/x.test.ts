import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../src/sites/x';
import { expectFixturesObserved, expectNotPages, loadFixture } from './fixture-harness';

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

describe('X adapter following a page', () => {
  it('reads the profile schema again when a navigation rewrites its script in place', () => {
    const { doc, url, now } = loadFixture('x', 'profile-visitor-en');
    const before = xAdapter.observe(doc, url, now)!.followers!;
    expect(before.exact).toBe(true);
    const script = doc.querySelector('script[type="application/ld+json"]')!;
    script.textContent = script.textContent!.replaceAll(String(before.count), String(before.count + 5));
    expect(xAdapter.observe(doc, url, now, [])!.followers!.count).toBe(before.count + 5);
  });
});
