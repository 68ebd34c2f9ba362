import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../src/sites/linkedin';
import { expectFixturesObserved, expectNotPages, loadFixture } from './fixture-harness';

describe('LinkedIn adapter', () => {
  expectFixturesObserved(linkedinAdapter, [
    'company-posts-member-en',
    'company-posts-owner-en',
    'company-posts-drifted-en',
    'company-guest-fr',
  ]);
  expectNotPages(linkedinAdapter, 'company-posts-member-en', [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/search/results/companies/?keywords=motion',
    'https://www.linkedin.com/company/motionapp/jobs/',
    'https://www.linkedin.com/in/luiscarrascob/',
    'https://www.linkedin.com/feed/update/urn:li:activity:7298432490627575809/',
  ]);
});

describe('LinkedIn adapter reading only added posts', () => {
  /** A copy of the page's first update, renumbered and credited to another company: a repost. */
  function appendRepost(doc: Document): Element {
    const update = doc.querySelector('[data-urn^="urn:li:activity:"]')!;
    const copy = update.cloneNode(true) as Element;
    copy.setAttribute('data-urn', 'urn:li:activity:7399999999999999999');
    for (const link of copy.querySelectorAll('.update-components-actor__meta-link')) {
      link.setAttribute('href', 'https://www.linkedin.com/company/someone-else/posts');
    }
    update.parentElement!.append(copy);
    return copy;
  }

  it('keeps the exact count its own posts gave while they are shown, through a batch of reposts', () => {
    const { doc, url, now } = loadFixture('linkedin', 'company-posts-member-en');
    const full = linkedinAdapter.observe(doc, url, now)!;
    expect(full.followers?.exact).toBe(true);
    const batch = linkedinAdapter.observe(doc, url, now, [appendRepost(doc)])!;
    expect(batch.posts.map((post) => post.repost)).toEqual([true]);
    expect(batch.followers).toEqual(full.followers);
  });

  it('falls back to the top card’s rounded count when no own post was ever read', () => {
    const { doc, url, now } = loadFixture('linkedin', 'company-posts-member-en');
    const batch = linkedinAdapter.observe(doc, url, now, [appendRepost(doc)])!;
    expect(batch.followers?.exact).toBe(false);
    expect(batch.followers?.shown).toBe(linkedinAdapter.observe(doc, url, now)!.followers?.shown);
  });

  it('finds the exact count again in the added posts once the post it came from is gone', () => {
    const { doc, url, now } = loadFixture('linkedin', 'company-posts-member-en');
    const full = linkedinAdapter.observe(doc, url, now)!;
    const updates = [...doc.querySelectorAll('[data-urn^="urn:li:activity:"]')];
    const kept = updates.at(-1)!.cloneNode(true) as Element;
    // Days later, the same page's posts show a new count.
    kept.querySelector('.update-components-actor__description [aria-hidden="true"]')!.textContent = '7,912 followers';
    for (const update of updates) update.remove();
    doc.body.append(kept);
    expect(linkedinAdapter.observe(doc, url, now, [kept])!.followers).toEqual({ ...full.followers, count: 7912 });
  });
});

describe('LinkedIn on other hosts and layouts', () => {
  it('reads a country subdomain (uk., de. …) as the same page on www', () => {
    const { doc, url, now, expected } = loadFixture('linkedin', 'company-posts-member-en');
    for (const host of ['uk.linkedin.com', 'de.linkedin.com', 'linkedin.com']) {
      const there = new URL(url.href.replace('www.linkedin.com', host));
      expect(linkedinAdapter.matches(there), host).toBe(true);
      expect(linkedinAdapter.observe(doc, there, now), host).toEqual(expected);
    }
  });

  it('leaves hosts that only look like LinkedIn', () => {
    for (const href of [
      'https://business.linkedin.com/company/motionapp/',
      'https://linkedin.com.example.net/company/motionapp/',
      'https://evil-linkedin.com/company/motionapp/',
      'https://www.uk.linkedin.com/company/motionapp/',
    ]) {
      expect(linkedinAdapter.matches(new URL(href)), href).toBe(false);
    }
  });

  it("reads the guest top card's compact count, in the page's language", () => {
    const { doc, url, now } = loadFixture('linkedin', 'company-guest-fr');
    const subline = doc.querySelector('.top-card-layout__first-subline')!;
    const cases = [
      ['fr', 'Design Paris, Île-de-France 12,3\u00a0k abonnés', { count: 12300, exact: false, shown: '12,3 k abonnés' }],
      ['en', 'Software Development San Francisco, California 11,402 followers', { count: 11402, exact: true, shown: '11,402 followers' }],
      ['en', 'Software Development London 1.2M followers', { count: 1_200_000, exact: false, shown: '1.2M followers' }],
    ] as const;
    for (const [lang, text, followers] of cases) {
      doc.documentElement.setAttribute('lang', lang);
      subline.textContent = text;
      expect(linkedinAdapter.observe(doc, url, now)?.followers, text).toEqual(followers);
    }
  });
});
