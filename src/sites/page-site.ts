import { HOSTS as BLUESKY } from './bluesky';
import { HOSTS as FACEBOOK } from './facebook';
import { HOSTS as INSTAGRAM } from './instagram';
import { HOSTS as LINKEDIN } from './linkedin';
import type { SiteId } from './types';
import { HOSTS as X } from './x';
import { HOSTS as YOUTUBE } from './youtube';

/** A site's hosts: a set, or for LinkedIn a test, as its country subdomains are too many to list. */
const SITE_HOSTS: Record<Exclude<SiteId, 'mastodon'>, { has(host: string): boolean }> = {
  bluesky: BLUESKY,
  facebook: FACEBOOK,
  instagram: INSTAGRAM,
  linkedin: LINKEDIN,
  x: X,
  youtube: YOUTUBE,
};

/**
 * The host a Mastodon account lives on: its handle's domain (user@instance). Its data is taken
 * from there only; another instance showing it is a copy that instance controls.
 */
export function mastodonHome(handle: string): string {
  return handle.slice(handle.lastIndexOf('@') + 1);
}

/**
 * Whether `url` is an https address on the site that serves the page `site`/`handle`: one of
 * the site's own hosts, or for Mastodon the account's home instance. The worker takes an
 * observation only from such a sender, and a page's address (from a page or a backup) must be one.
 */
export function isOnPageSite(url: string | URL, site: SiteId, handle: string): boolean {
  const parsed = typeof url === 'string' ? parseUrl(url) : url;
  if (!parsed || parsed.protocol !== 'https:') return false;
  return site === 'mastodon' ? parsed.hostname === mastodonHome(handle) : SITE_HOSTS[site].has(parsed.hostname);
}

/**
 * A post's address: on the page's site, except on Mastodon where a boost links to the instance
 * the boosted post lives on; always https, never a script, data or file address.
 */
export function isPostUrlOf(url: string, site: SiteId, handle: string): boolean {
  const parsed = parseUrl(url);
  return !!parsed && parsed.protocol === 'https:' && (site === 'mastodon' || isOnPageSite(parsed, site, handle));
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
