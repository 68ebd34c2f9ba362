import type { SiteAdapter } from './types';
import { blueskyAdapter } from './bluesky';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

/** Every site we can read, one adapter each. */
export const ADAPTERS: readonly SiteAdapter[] = [xAdapter, blueskyAdapter, instagramAdapter, linkedinAdapter, youtubeAdapter];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}
