import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../src/sites/facebook';
import { loadFixture } from './fixture-harness';

// Facebook's own page shapes are issue 12's; this checks only which hosts lead to them.
describe('Facebook on other hosts', () => {
  it('reads facebook.com and web.facebook.com as the same page on www', () => {
    const { doc, now, expected } = loadFixture('facebook', 'page-visitor-en');
    for (const host of ['facebook.com', 'web.facebook.com']) {
      const url = new URL(`https://${host}/SunnyBakeryLyon`);
      expect(facebookAdapter.matches(url), host).toBe(true);
      expect(facebookAdapter.observe(doc, url, now), host).toEqual(expected);
    }
  });

  // The mobile sites (m., mbasic.) are read from their older markup since issue 12: facebook-addresses.test.ts.
  it('returns null on look-alike hosts', () => {
    const { doc, now } = loadFixture('facebook', 'page-visitor-en');
    for (const href of ['https://facebook.com.example.net/SunnyBakeryLyon']) {
      const url = new URL(href);
      expect(facebookAdapter.matches(url), href).toBe(false);
      expect(facebookAdapter.observe(doc, url, now), href).toBeNull();
    }
  });
});
