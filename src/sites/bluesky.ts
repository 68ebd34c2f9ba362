import type { ObservedPost, Observation, SiteAdapter } from './types';
import { clip, countFrom, exactWithShown, followersFrom, headerScope, kindFrom, missingFromPosts, pageLocale, pathSegments, postElements, readProfileSchema } from './read';
import { foldSpaces } from '../parse/locale-text';

/** Selectors named by intent: bluesky-social/social-app's data-testids, never its generated classes. */
const SELECT = {
  displayName: '[data-testid="profileHeaderDisplayName"]',
  profileSchema: 'script[type="application/ld+json"]',
  followersButton: '[data-testid="profileHeaderFollowersButton"]',
  ownerControl: '[data-testid="profileHeaderEditProfileButton"]',
  post: '[data-testid^="feedItem-by-"]',
  body: '[data-testid="contentHider-post"]',
  text: '[data-testid="postText"]',
  replies: '[data-testid="replyBtn"]',
  reposts: '[data-testid="repostCount"]',
  likes: '[data-testid="likeBtn"]',
  video: 'video, [aria-label*="video" i]',
  photo: 'img',
  link: 'a[href^="http"][role="link"]',
  repostReason: 'a[aria-label^="Reposted by"], a[aria-label^="Republié par"]',
} as const;

export const HOSTS = new Set(['bsky.app', 'www.bsky.app']);
/** Profile tabs that still show the profile's own feed. */
const TABS = new Set(['', 'posts', 'replies', 'media', 'videos']);
const PINNED = /^(pinned|épinglé)$/i;
/** TIDs: 13 characters of base32-sortable; 53 bits of microseconds since epoch, then a clock id. */
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
const BASE32_SORTABLE = '234567abcdefghijklmnopqrstuvwxyz';

export const blueskyAdapter: SiteAdapter = {
  site: 'bluesky',
  matches: (url) => HOSTS.has(url.hostname) && profileHandle(url) !== null,
  observe(doc, url, _now, postRoots) {
    const handle = profileHandle(url);
    if (!handle) return null;
    const header = doc.querySelector(SELECT.displayName);
    const schema = readProfileSchema(doc.querySelector(SELECT.profileSchema));
    const ownSchema = schema?.handles.includes(handle) ? schema : null;
    if (!header && !ownSchema) return null; // not rendered, or another page behind this URL
    const locale = pageLocale(doc);
    const missing: string[] = [];
    // Header fields are looked up around the header: a lookup in the document scans the timeline.
    const scope = headerScope(doc, header, SELECT.post);
    const followers = readFollowers(scope, ownSchema?.followers, locale);
    if (!followers) missing.push('followers');
    const posts = postElements(doc, SELECT.post, postRoots)
      .map((item) => readPost(item, handle, locale))
      .filter((post): post is ObservedPost => post !== null);
    const observation: Observation = {
      site: 'bluesky',
      page: {
        handle,
        name: ownSchema?.name ?? (header?.firstChild?.textContent?.trim() || undefined),
        url: `https://bsky.app/profile/${handle}`,
      },
      ownerView: scope.querySelector(SELECT.ownerControl) !== null,
      followers,
      posts,
      missing: [...missing, ...missingFromPosts(posts, ['date', 'text', 'engagement'])],
    };
    return observation;
  },
};

function profileHandle(url: URL): string | null {
  const [first, handle, tab = '', ...rest] = pathSegments(url);
  if (first !== 'profile' || !handle || !TABS.has(tab) || rest.length > 0) return null;
  return handle.toLowerCase();
}

/** Exact count from JSON-LD, else the button's aria-label ("1101177 followers"), else its text ("1.1M"). */
function readFollowers(scope: ParentNode, exact: number | undefined, locale: string): Observation['followers'] {
  const button = scope.querySelector(SELECT.followersButton);
  const shown = button?.textContent && foldSpaces(button.textContent);
  if (exact !== undefined) return { count: exact, exact: true, shown: shown || String(exact) };
  return exactWithShown(followersFrom(button?.getAttribute('aria-label'), locale), shown || undefined, locale);
}

function readPost(item: Element, handle: string, locale: string): ObservedPost | null {
  const author = item.getAttribute('data-testid')!.slice('feedItem-by-'.length).toLowerCase();
  // The item's own time link comes first; a quoted post's link to another author's post comes later.
  const permalink = [...item.querySelectorAll('a[href*="/post/"]')]
    .map((a) => a.getAttribute('href')?.match(/^\/profile\/([^/]+)\/post\/([^/?#]+)/))
    .find((match) => match?.[1]?.toLowerCase() === author);
  if (!permalink) return null;
  const rkey = permalink[2]!;
  const reason = item.querySelector(SELECT.repostReason);
  const body = item.querySelector(SELECT.body) ?? item;
  return {
    id: rkey,
    url: `https://bsky.app/profile/${author}/post/${rkey}`,
    ...tidTime(rkey),
    text: clip(item.querySelector(SELECT.text)?.textContent),
    kind: kindFrom(body, { video: SELECT.video, photo: SELECT.photo, link: SELECT.link }),
    pinned: [...item.querySelectorAll('div, span')].some((el) => el.children.length === 0 && PINNED.test(el.textContent?.trim() ?? '')) || undefined,
    repost: author !== handle || reason !== null || undefined,
    comments: countFrom(parenthesized(item.querySelector(SELECT.replies)?.getAttribute('aria-label')), locale),
    shares: countFrom(item.querySelector(SELECT.reposts)?.textContent, locale),
    reactions: countFrom(parenthesized(item.querySelector(SELECT.likes)?.getAttribute('aria-label')), locale),
  };
}

/** The exact number inside "Like (3,817 likes)"; the visible count beside it is compact ("3.8K"). */
function parenthesized(label: string | null | undefined): string | undefined {
  return label?.match(/\(([^)]*)\)/)?.[1];
}

/** A record key that is a TID gives the post's creation time to the microsecond. */
function tidTime(rkey: string): Pick<ObservedPost, 'publishedAt' | 'precision'> {
  if (!TID.test(rkey)) return {};
  let value = 0n;
  for (const char of rkey) value = value * 32n + BigInt(BASE32_SORTABLE.indexOf(char));
  return { publishedAt: Number((value >> 10n) / 1000n), precision: 'second' };
}
