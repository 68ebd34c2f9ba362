import type { ObservedPost, Observation, SiteAdapter } from './types';
import { cleanUrl, clip, countFrom, followersFrom, headerScope, kindFrom, postElements, missingFromPosts, pageLocale, pathSegments, readProfileSchema } from './read';

/** Selectors named by intent; X's data-testids are stable, its class names are not. */
const SELECT = {
  profileName: '[data-testid="UserName"]',
  profileSchema: 'script[type="application/ld+json"][data-testid="UserProfileSchema-test"]',
  followersLink: 'a[href$="/verified_followers"], a[href$="/followers"]',
  ownerControl: '[data-testid="editProfileButton"]',
  post: 'article[data-testid="tweet"]',
  socialContext: '[data-testid="socialContext"]',
  text: '[data-testid="tweetText"]',
  engagement: '[role="group"][aria-label]',
  poll: '[data-testid="cardPoll"]',
  video: '[data-testid="videoPlayer"], [data-testid="videoComponent"]',
  photo: '[data-testid="tweetPhoto"]',
  link: '[data-testid="card.wrapper"]',
} as const;

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

function readPost(article: Element, handle: string, locale: string): ObservedPost | null {
  // The post's own time is the one inside its permalink; a quoted post's time has no such link.
  const permalink = [...article.querySelectorAll<HTMLAnchorElement>('a[href*="/status/"]')].find(
    (a) => a.querySelector(':scope > time[datetime]') !== null,
  );
  const href = permalink?.getAttribute('href');
  const match = href?.match(/^(?:https:\/\/(?:x|twitter)\.com)?\/([^/]+)\/status\/(\d+)/);
  if (!permalink || !match) return null;
  const [, author, id] = match as unknown as [string, string, string];
  const publishedAt = Date.parse(permalink.querySelector('time')!.getAttribute('datetime') ?? '');
  const context = article.querySelector(SELECT.socialContext)?.textContent ?? '';
  const post: ObservedPost = {
    id,
    url: cleanUrl(`https://x.com/${author}/status/${id}`),
    text: clip(article.querySelector(SELECT.text)?.textContent),
    kind: kindFrom(article, { poll: SELECT.poll, video: SELECT.video, photo: SELECT.photo, link: SELECT.link }),
    pinned: /pinned|épinglé/i.test(context) || undefined,
    repost: author.toLowerCase() !== handle || /repost|retweet/i.test(context) || undefined,
    ...readEngagement(article, locale),
  };
  if (Number.isFinite(publishedAt)) {
    post.publishedAt = publishedAt;
    post.precision = 'second';
  }
  return post;
}

/** The action bar's label, e.g. "46 replies, 73 reposts, 939 likes, …", holds exact numbers. */
function readEngagement(article: Element, locale: string): Pick<ObservedPost, 'comments' | 'shares' | 'reactions'> {
  const parts = (article.querySelector(SELECT.engagement)?.getAttribute('aria-label') ?? '').split(',');
  const count = (word: RegExp) => countFrom(parts.find((part) => word.test(part)), locale);
  return { comments: count(/repl|réponse/i), shares: count(/repost|retweet|republication/i), reactions: count(/like|j’aime|j'aime/i) };
}
