import type { ObservedPost, Observation, SiteAdapter } from './types';
import { clip, countFrom, followersFrom, headerScope, pageLocale, pathSegments, postElements } from './read';
import { withParsedTexts } from './read-date';
import { shownDatesOf, withShownDate } from './shown-dates';
import { foldSpaces } from '../parse/locale-text';

/** Selectors named by intent; Instagram's class names are generated, so links, titles and ARIA only. */
const SELECT = {
  description: 'meta[property="og:description"]',
  title: 'meta[property="og:title"]',
  /** The profile header, with the follower count and, for the owner, "Edit profile". */
  header: 'header',
  /** The header's count carries the exact number in its title ("3,351") while the text may be "3.3K". */
  followersLink: (handle: string) => `a[href="/${handle}/followers/"]`,
  exactCount: 'span[title]',
  ownerControl: 'a[href="/accounts/edit/"]',
  post: (handle: string) => `a[href^="/${handle}/p/"], a[href^="/${handle}/reel/"], a[href^="/p/"], a[href^="/reel/"]`,
  thumbnail: 'img[alt]',
  reel: 'svg[aria-label="Clip"], svg[aria-label="Reel"]',
  pinned: 'svg[aria-label="Pinned post icon"], svg[aria-label="Publication épinglée"]',
  /** The hover overlay: likes first, then comments (their icons carry no label). */
  overlayCounts: 'ul > li',
} as const;

export const HOSTS = new Set(['instagram.com', 'www.instagram.com']);
/** First path segments that are Instagram's own pages, not profiles. */
const NOT_PROFILES = new Set([
  'accounts', 'explore', 'direct', 'reels', 'reel', 'p', 'stories', 'legal', 'web', 'about',
  'developer', 'challenge', 'emails', 'session', 'privacy', 'terms', 'ar', 'tv', 'login', 'signup',
]);
const HANDLE = /^[a-z0-9._]{1,30}$/i;
/** Grid alt text Instagram generates: "Photo by X on January 18, 2025." / "… le 18 janvier 2025". */
const ALT_DATE = / (?:on|le) (\p{L}+ \d{1,2}, \d{4}|\d{1,2} \p{L}+ \d{4})/u;

/**
 * Instagram's content script's adapter (content/sites/instagram.ts): the date a thumbnail's
 * generated alt text says is left for the worker's date parser; settleTexts reads it.
 */
export const instagramPageReader: SiteAdapter = {
  site: 'instagram',
  matches: (url) => HOSTS.has(url.hostname) && profileHandle(url) !== null,
  observe(doc, url, _now, postRoots) {
    const handle = profileHandle(url);
    if (!handle) return null;
    const post = SELECT.post(handle);
    // Header fields are looked up around the header: a lookup in the document scans the grid.
    const scope = headerScope(doc, doc.querySelector(SELECT.header), post);
    const link = scope.querySelector(SELECT.followersLink(handle));
    const description = doc.head?.querySelector(SELECT.description)?.getAttribute('content') ?? '';
    // The description names the profile ("… from GDG On Campus RBU (@gdg_rbu)"); a login wall does not.
    const described = description.toLowerCase().includes(`(@${handle})`);
    if (!link && !described) return null;
    const locale = pageLocale(doc);
    const missing: string[] = [];
    const followers = readHeaderCount(link, locale) ?? followersFrom(description.split(', ')[0], locale);
    if (!followers) missing.push('followers');
    const posts = postElements(doc, post, postRoots)
      .map((a) => readPost(a, locale))
      .filter((post): post is ObservedPost => post !== null);
    const observation: Observation = {
      site: 'instagram',
      page: { handle, name: readName(doc, handle), url: `https://www.instagram.com/${handle}/` },
      ownerView: scope.querySelector(SELECT.ownerControl) !== null,
      followers,
      posts,
      missing,
    };
    return observation;
  },
  settleTexts(observation, readDate) {
    const posts = observation.posts.map((post) => withShownDate(post, readDate));
    const missing = [...(observation.missing ?? [])];
    // Reels show no date in the grid; only a grid with no date at all has drifted.
    if (posts.length > 0 && posts.every((post) => post.publishedAt === undefined)) missing.push('post.date');
    return { ...observation, posts, missing };
  },
};

/** The whole read, date texts parsed at once: the site list's adapter (sites/index.ts), tests. */
export const instagramAdapter: SiteAdapter = /* @__PURE__ */ withParsedTexts(instagramPageReader);

function profileHandle(url: URL): string | null {
  const [first, tab, ...rest] = pathSegments(url);
  if (!first || !HANDLE.test(first) || NOT_PROFILES.has(first.toLowerCase())) return null;
  if ((tab && tab !== 'reels') || rest.length > 0) return null; // a post, a followers list, tagged
  return first.toLowerCase();
}

function readHeaderCount(link: Element | null, locale: string): Observation['followers'] {
  const shown = link?.textContent && foldSpaces(link.textContent);
  const exact = countFrom(link?.querySelector(SELECT.exactCount)?.getAttribute('title'), locale);
  if (exact !== undefined && shown) return { count: exact, exact: true, shown };
  return followersFrom(shown, locale);
}

/** og:title reads "GDG On Campus RBU (@gdg_rbu) • Instagram photos and videos". */
function readName(doc: Document, handle: string): string | undefined {
  const title = doc.head?.querySelector(SELECT.title)?.getAttribute('content') ?? '';
  const end = title.toLowerCase().indexOf(` (@${handle})`);
  return end > 0 ? title.slice(0, end).trim() : undefined;
}

function readPost(a: Element, locale: string): ObservedPost | null {
  const match = a.getAttribute('href')?.match(/\/(p|reel)\/([\w-]+)\/?$/);
  if (!match) return null;
  const [, type, code] = match as unknown as [string, string, string];
  const alt = a.querySelector(SELECT.thumbnail)?.getAttribute('alt') ?? '';
  const generated = alt.match(ALT_DATE);
  const [likes, comments] = [...a.querySelectorAll(SELECT.overlayCounts)].map((li) => countFrom(li.textContent, locale));
  return {
    id: code,
    url: `https://www.instagram.com/${type}/${code}/`,
    ...(generated ? shownDatesOf([generated[1]], locale) : {}),
    // A generated alt describes the picture; any other alt is the caption the author wrote.
    text: generated ? undefined : clip(alt),
    kind: type === 'reel' || a.querySelector(SELECT.reel) ? 'video' : 'photo',
    pinned: a.querySelector(SELECT.pinned) !== null || undefined,
    reactions: likes,
    comments,
  };
}
