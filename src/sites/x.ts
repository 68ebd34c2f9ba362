import type { ObservedPost, Observation, PostKind, SiteAdapter } from './types';
import { cleanUrl, clip, countFrom, followersFrom, headerScope, postElements, missingFromPosts, pageLocale, pathSegments, readProfileSchema } from './read';

/** Selectors named by intent; X's data-testids are stable, its class names are not. */
const SELECT = {
  profileName: '[data-testid="UserName"]',
  profileSchema: 'script[type="application/ld+json"][data-testid="UserProfileSchema-test"]',
  followersLink: 'a[href$="/verified_followers"], a[href$="/followers"]',
  ownerControl: '[data-testid="editProfileButton"]',
  post: 'article[data-testid="tweet"]',
  /**
   * A post is read in one pass over its marked parts (a few dozen; a timeline holds hundreds
   * of posts); its action bar is found from its reply button, its time by tag.
   */
  postParts: '[data-testid]',
  actionBar: '[role="group"][aria-label]',
} as const;

/** What a post's media says about its kind; a poll with a photo is a poll. */
const KIND_OF_TESTID = new Map<string, Exclude<PostKind, 'text'>>([
  ['cardPoll', 'poll'],
  ['videoPlayer', 'video'],
  ['videoComponent', 'video'],
  ['tweetPhoto', 'photo'],
  ['card.wrapper', 'link'],
]);
const KIND_RANK: Record<PostKind, number> = { poll: 0, video: 1, photo: 2, link: 3, event: 4, other: 5, text: 6 };
const STATUS_PATH = /^(?:https:\/\/(?:x|twitter)\.com)?\/([^/]+)\/status\/(\d+)/;
const REPLIES = /repl|réponse/i;
const REPOSTS = /repost|retweet|republication/i;
const LIKES = /like|j’aime|j'aime/i;

const HOSTS = new Set(['x.com', 'twitter.com', 'www.x.com', 'www.twitter.com', 'mobile.x.com', 'mobile.twitter.com']);
/** First path segments that are X's own pages, not profiles. */
const NOT_PROFILES = new Set([
  'home', 'explore', 'search', 'notifications', 'messages', 'settings', 'i', 'login', 'logout',
  'signup', 'compose', 'jobs', 'tos', 'privacy', 'hashtag', 'intent', 'share',
]);
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;

export const xAdapter: SiteAdapter = {
  site: 'x',
  matches: (url) => HOSTS.has(url.hostname) && profileHandle(url) !== null,
  observe(doc, url, _now, postRoots) {
    const handle = profileHandle(url);
    if (!handle) return null;
    const header = doc.querySelector(SELECT.profileName);
    const schema = readProfileSchema(doc.querySelector(SELECT.profileSchema));
    const ownSchema = schema?.handles.includes(handle) ? schema : null;
    if (!header && !ownSchema) return null; // login wall, or a profile that is not rendered yet
    const locale = pageLocale(doc);
    const missing: string[] = [];
    const scope = headerScope(doc, header, SELECT.post);
    const link = readFollowerLink(scope, handle, locale);
    // The JSON-LD count is exact; the link shows what the admin sees ("14K").
    const followers =
      ownSchema?.followers !== undefined
        ? { count: ownSchema.followers, exact: true, shown: link?.shown ?? String(ownSchema.followers) }
        : link;
    if (!followers) missing.push('followers');
    const posts = postElements(doc, SELECT.post, postRoots)
      .map((article) => readPost(article, handle, locale))
      .filter((post): post is ObservedPost => post !== null);
    const observation: Observation = {
      site: 'x',
      page: { handle, name: ownSchema?.name ?? readHeaderName(header), url: `https://x.com/${handle}` },
      ownerView: scope.querySelector(SELECT.ownerControl) !== null,
      followers,
      posts,
      missing: [...missing, ...missingFromPosts(posts, ['date', 'text', 'engagement'])],
    };
    return observation;
  },
};

function profileHandle(url: URL): string | null {
  const [first, second] = pathSegments(url);
  if (!first || !HANDLE.test(first) || NOT_PROFILES.has(first.toLowerCase())) return null;
  // A single post, a list of followers or a photo view is not the profile's timeline.
  if (second && !['with_replies', 'media', 'highlights', 'articles'].includes(second)) return null;
  return first.toLowerCase();
}

function readFollowerLink(scope: ParentNode, handle: string, locale: string): Observation['followers'] {
  // The header links to its own lists, relative or absolute; other profiles' links do not count.
  const link = [...scope.querySelectorAll<HTMLAnchorElement>(SELECT.followersLink)].find((a) =>
    cleanUrl(a.getAttribute('href') ?? '', 'https://x.com/')?.toLowerCase().startsWith(`https://x.com/${handle}/`),
  );
  return followersFrom(link?.textContent, locale);
}

function readHeaderName(header: Element | null): string | undefined {
  return header?.querySelector('span')?.textContent?.trim() || undefined;
}

/**
 * One pass over the post's marked parts instead of one query per field: X posts carry a few
 * dozen data-testids, and a timeline holds hundreds of posts.
 */
function readPost(article: Element, handle: string, locale: string): ObservedPost | null {
  // The post's own time sits in its permalink; a quoted post's time has no such link.
  let time: Element | undefined;
  let href: string | null | undefined;
  const times = article.getElementsByTagName('time');
  // Indexed loops: iterating DOM collections through their iterators costs more, per post.
  for (let i = 0; i < times.length; i++) {
    const candidate = times[i]!;
    href = candidate.parentElement?.getAttribute('href');
    if (href?.includes('/status/')) {
      time = candidate;
      break;
    }
  }
  const match = time && href!.match(STATUS_PATH);
  if (!match) return null;
  const [, author, id] = match as unknown as [string, string, string];

  let text: Element | undefined;
  let context = '';
  let engagement: string | null = null;
  let kind: PostKind = 'text';
  const parts = article.querySelectorAll(SELECT.postParts);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const testId = part.getAttribute('data-testid')!;
    if (testId === 'tweetText') text ??= part;
    else if (testId === 'socialContext') context ||= part.textContent ?? '';
    else if (testId === 'reply') engagement ??= part.closest(SELECT.actionBar)?.getAttribute('aria-label') ?? null;
    else {
      const seen = KIND_OF_TESTID.get(testId);
      if (seen && KIND_RANK[seen] < KIND_RANK[kind]) kind = seen;
    }
  }
  const post: ObservedPost = {
    id,
    url: `https://x.com/${author}/status/${id}`,
    text: clip(text?.textContent),
    kind,
    pinned: /pinned|épinglé/i.test(context) || undefined,
    repost: author.toLowerCase() !== handle || /repost|retweet/i.test(context) || undefined,
  };
  if (engagement) readEngagement(engagement, locale, post);
  const publishedAt = Date.parse(time!.getAttribute('datetime') ?? '');
  if (Number.isFinite(publishedAt)) {
    post.publishedAt = publishedAt;
    post.precision = 'second';
  }
  return post;
}

/** The action bar's label, e.g. "46 replies, 73 reposts, 939 likes, …", holds exact numbers. */
function readEngagement(label: string, locale: string, post: ObservedPost): void {
  for (const part of label.split(',')) {
    const field = REPLIES.test(part) ? 'comments' : REPOSTS.test(part) ? 'shares' : LIKES.test(part) ? 'reactions' : null;
    if (field && post[field] === undefined) post[field] = countFrom(part, locale);
  }
}
