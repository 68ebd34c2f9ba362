import { describe, expect, it } from 'vitest';
import { composerFor } from '../../src/sites/composer';

describe('composerFor', () => {
  const text = 'Which one? … or …? 50% off & more';
  it('puts the text in the composer address where the site takes it', () => {
    expect(composerFor('x', 'https://x.com/acme', text).url).toBe(`https://x.com/intent/post?text=${encodeURIComponent(text)}`);
    expect(composerFor('bluesky', 'https://bsky.app/profile/acme.bsky.social', text)).toEqual({
      via: 'address',
      url: `https://bsky.app/intent/compose?text=${encodeURIComponent(text)}`,
    });
    expect(composerFor('mastodon', 'https://piaille.fr/@acme', text).url).toBe(`https://piaille.fr/share?text=${encodeURIComponent(text)}`);
    expect(composerFor('linkedin', 'https://www.linkedin.com/company/acme/', text).url).toBe(
      `https://www.linkedin.com/feed/?shareActive=true&text=${encodeURIComponent(text)}`,
    );
    expect(new URL(composerFor('x', 'https://x.com/acme', text).url).searchParams.get('text')).toBe(text);
  });

  it('opens the page itself, for the clipboard, where the address takes no text', () => {
    for (const [site, url] of [
      ['facebook', 'https://www.facebook.com/acme'],
      ['instagram', 'https://www.instagram.com/acme/'],
      ['youtube', 'https://www.youtube.com/@acme'],
    ] as const) {
      expect(composerFor(site, url, text)).toEqual({ via: 'clipboard', url });
    }
  });
});
