import type { SiteId } from './types';

/**
 * The longest post each site takes, in characters: a draft is clipped to it. X counts 280 (a
 * URL as 23; drafts hold none), Bluesky 300 graphemes, Mastodon's default 500; the others far more.
 */
export const POST_LENGTH_LIMIT: Record<SiteId, number> = {
  x: 280,
  bluesky: 300,
  mastodon: 500,
  linkedin: 3000,
  instagram: 2200,
  youtube: 5000,
  facebook: 63206,
};

/**
 * Where a draft goes. `address`: the site's own composer opens with the text in it. `clipboard`:
 * the site takes no text in an address (Facebook, Instagram, YouTube); the text is copied and the
 * page, where its composer is, opens.
 */
export type Composer = { via: 'address' | 'clipboard'; url: string };

export function composerFor(site: SiteId, pageUrl: string, text: string): Composer {
  const withText = (base: string) => `${base}${base.includes('?') ? '&' : '?'}text=${encodeURIComponent(text)}`;
  switch (site) {
    case 'x':
      return { via: 'address', url: withText('https://x.com/intent/post') };
    case 'bluesky':
      return { via: 'address', url: withText('https://bsky.app/intent/compose') };
    case 'mastodon':
      // The admin's own instance: the page's address is on it.
      return { via: 'address', url: withText(`${new URL(pageUrl).origin}/share`) };
    case 'linkedin':
      return { via: 'address', url: withText('https://www.linkedin.com/feed/?shareActive=true') };
    case 'facebook':
    case 'instagram':
    case 'youtube':
      return { via: 'clipboard', url: pageUrl };
  }
}
