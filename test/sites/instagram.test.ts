import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../src/sites/instagram';
import { expectFixturesObserved, expectNotPages, loadFixture } from './fixture-harness';

describe('Instagram adapter', () => {
  expectFixturesObserved(instagramAdapter, [
    'profile-visitor-en',
    'profile-owner-en',
    'profile-pinned-old-en',
    'profile-drifted-en',
    'profile-shell-fr',
  ]);
  expectNotPages(instagramAdapter, 'profile-visitor-en', [
    'https://www.instagram.com/',
    'https://www.instagram.com/explore/search/',
    'https://www.instagram.com/accounts/edit/',
    'https://www.instagram.com/gdg_rbu/p/DE_xvFlBTIv/',
    'https://www.instagram.com/gdg_rbu/followers/',
  ]);
});

describe('Instagram logged-out shell and hosts', () => {
  it("reads the description's count in the page's language", () => {
    const { doc, url, now } = loadFixture('instagram', 'profile-shell-fr');
    doc.documentElement.setAttribute('lang', 'es');
    doc
      .querySelector('meta[property="og:description"]')!
      .setAttribute('content', '12,5 mil seguidores, 200 seguidos, 177 publicaciones - Ver fotos y videos de Instagram de GDG On Campus RBU (@gdg_rbu)');
    expect(instagramAdapter.observe(doc, url, now)?.followers).toEqual({ count: 12500, exact: false, shown: '12,5 mil seguidores' });
  });

  it("returns null for a shell describing another profile, or none (the login wall's generic text)", () => {
    const { doc, now } = loadFixture('instagram', 'profile-shell-fr');
    expect(instagramAdapter.observe(doc, new URL('https://www.instagram.com/someone_else/'), now)).toBeNull();
    doc.querySelector('meta[property="og:description"]')!.setAttribute('content', 'Créez un compte ou connectez-vous à Instagram.');
    expect(instagramAdapter.observe(doc, new URL('https://www.instagram.com/gdg_rbu/'), now)).toBeNull();
  });

  it('reads instagram.com as www, and leaves hosts that only look like it', () => {
    const { doc, now, expected } = loadFixture('instagram', 'profile-visitor-en');
    expect(instagramAdapter.observe(doc, new URL('https://instagram.com/gdg_rbu/'), now)).toEqual(expected);
    for (const href of ['https://instagram.com.example.net/gdg_rbu/', 'https://help.instagram.com/gdg_rbu/']) {
      expect(instagramAdapter.matches(new URL(href)), href).toBe(false);
    }
  });
});
