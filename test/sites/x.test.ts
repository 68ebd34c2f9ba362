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

  it('reads action-bar counts written with separators or compact suffixes through the locale', () => {
    const { doc, url, now } = loadFixture('x', 'profile-visitor-en');
    const bar = doc.querySelector('article[data-testid="tweet"] [role="group"][aria-label]')!;
    bar.setAttribute('aria-label', '1,234 replies, 46 K reposts, 7 likes, 3 bookmarks, 900 views');
    const post = xAdapter.observe(doc, url, now)!.posts[0]!;
    expect([post.comments, post.shares, post.reactions]).toEqual([1234, 46_000, 7]);
  });

  it('reads a French action bar', () => {
    const { doc, url, now } = loadFixture('x', 'profile-visitor-en');
    doc.documentElement.setAttribute('lang', 'fr');
    const bar = doc.querySelector('article[data-testid="tweet"] [role="group"][aria-label]')!;
    bar.setAttribute('aria-label', '12 réponses, 1\u202f204 republications, 3,4 k J’aime, 9 signets');
    const post = xAdapter.observe(doc, url, now)!.posts[0]!;
    expect([post.comments, post.shares, post.reactions]).toEqual([12, 1204, 3400]);
  });

  it('reads only the articles that are posts', () => {
    const { doc, url, now } = loadFixture('x', 'profile-visitor-en');
    const before = xAdapter.observe(doc, url, now)!.posts.length;
    const other = doc.createElement('article');
    other.innerHTML = '<a href="/badlogicgames/status/123"><time datetime="2025-01-01T00:00:00.000Z"></time></a>';
    doc.body.append(other);
    const posts = xAdapter.observe(doc, url, now)!.posts;
    expect(posts).toHaveLength(before);
    expect(posts.some((post) => post.id === '123')).toBe(false);
    other.setAttribute('data-testid', 'tweet');
    expect(xAdapter.observe(doc, url, now)!.posts.some((post) => post.id === '123')).toBe(true);
  });
});
