import type { SiteAdapter } from './types';
import { blueskyAdapter } from './bluesky';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { mastodonAdapter } from './mastodon';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

/** Every site we can read, one adapter each; Mastodon last, as it matches any host by URL shape alone. */
export const ADAPTERS: readonly SiteAdapter[] = [
  facebookAdapter,
  xAdapter,
  blueskyAdapter,
  instagramAdapter,
  linkedinAdapter,
  youtubeAdapter,
  mastodonAdapter,
];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}
