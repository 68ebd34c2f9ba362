import type { ObservedPost, Observation, PostKind, SiteAdapter } from './types';
import { cleanUrl, clip, countFrom, followersFrom, headerScope, postElements, missingFromPosts, pageLocale, pathSegments, readProfileSchema } from './read';

/** Selectors named by intent; X's data-testids are stable, its class names are not. */
const SELECT = {
  profileName: '[data-testid="UserName"]',
  profileSchema: 'script[type="application/ld+json"][data-testid="UserProfileSchema-test"]',
  /** "/followers" and "/verified_followers"; one selector, as a selector list costs several times more. */
  followersLink: 'a[href$="followers"]',
  ownerControl: '[data-testid="editProfileButton"]',
  post: 'article[data-testid="tweet"]',
  postTag: 'article',
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
/** Which count a part of the action bar's label gives: replies, reposts or likes (en, fr, es, ja). */
const ENGAGEMENT_WORD = /(repl|réponse|respuesta|返信)|(repost|retweet|republication|リポスト)|(like|j’aime|j'aime|me gusta|いいね)/i;
const PLAIN_DIGITS = /^\s*\d{1,15}\s*$/;
/** Japanese lists with "、" ("46 件の返信、73 件のリポスト、939 件のいいね"). */
const PART_END = /,\s+|、/;
/** The social context line in the interface's language: "Pinned", "Épinglé", "Fijado", "固定". */
const PINNED_CONTEXT = /pinned|épinglé|fijado|固定/i;
const REPOST_CONTEXT = /repost|retweet|republié|リポスト/i;

export const HOSTS = new Set(['x.com', 'twitter.com', 'www.x.com', 'www.twitter.com', 'mobile.x.com', 'mobile.twitter.com']);
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
    const posts = (postRoots ? postElements(doc, SELECT.post, postRoots) : allPosts(doc))
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

/**
 * Every post in the page. Chromium finds all `article`s about twice as fast as all
 * `article[data-testid="tweet"]`s (1 against 2.2 ms in a 1,000-post timeline): take the tag,
 * then keep the posts among the few articles.
 */
function allPosts(doc: Document): Element[] {
  const articles = doc.querySelectorAll(SELECT.postTag);
  const posts: Element[] = [];
  for (let i = 0; i < articles.length; i++) if (articles[i]!.matches(SELECT.post)) posts.push(articles[i]!);
  return posts;
}

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
  let name: Element | undefined;
  let text: Element | undefined;
  let context = '';
  let engagement: string | null = null;
  let kind: PostKind = 'text';
  const parts = article.querySelectorAll(SELECT.postParts);
  // Indexed loops: iterating DOM collections through their iterators costs more, per post.
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const testId = part.getAttribute('data-testid')!;
    if (testId === 'reply') {
      engagement = part.closest(SELECT.actionBar)?.getAttribute('aria-label') ?? null;
      break; // the action bar closes the post: its buttons and counters are all that follow
    }
    if (testId === 'User-Name') name ??= part;
    else if (testId === 'tweetText') text ??= part;
    else if (testId === 'socialContext') context ||= part.textContent ?? '';
    else {
      const seen = KIND_OF_TESTID.get(testId);
      if (seen && KIND_RANK[seen] < KIND_RANK[kind]) kind = seen;
    }
  }
  // The post's own time sits in its permalink, in its name line; a quoted post's time has no such link.
  const permalink = (name && permalinkTime(name)) ?? permalinkTime(article);
  if (!permalink) return null;
  const { time, author, id } = permalink;
  const post: ObservedPost = {
    id,
    url: `https://x.com/${author}/status/${id}`,
    text: clip(text?.textContent),
    kind,
    pinned: PINNED_CONTEXT.test(context) || undefined,
    repost: author.toLowerCase() !== handle || REPOST_CONTEXT.test(context) || undefined,
  };
  if (engagement) readEngagement(engagement, locale, post);
  const publishedAt = Date.parse(time.getAttribute('datetime') ?? '');
  if (Number.isFinite(publishedAt)) {
    post.publishedAt = publishedAt;
    post.precision = 'second';
  }
  return post;
}

/** The first `<time>` under `scope` in a link to a post, with the post's author and id. */
function permalinkTime(scope: Element): { time: Element; author: string; id: string } | undefined {
  const times = scope.getElementsByTagName('time');
  for (let i = 0; i < times.length; i++) {
    const match = times[i]!.parentElement?.getAttribute('href')?.match(STATUS_PATH);
    if (match) return { time: times[i]!, author: match[1]!, id: match[2]! };
  }
  return undefined;
}

/**
 * The action bar's label, e.g. "46 replies, 73 reposts, 939 likes, …", holds exact numbers, in
 * plain digits before each field's word; anything else ("1,2 k") goes to the locale's reader.
 */
function readEngagement(label: string, locale: string, post: ObservedPost): void {
  // Parts end at a comma and a space: a comma alone may be a decimal one ("3,4 k").
  for (const part of label.split(PART_END)) {
    const word = ENGAGEMENT_WORD.exec(part);
    if (!word) continue;
    const field = word[1] ? 'comments' : word[2] ? 'shares' : 'reactions';
    if (post[field] !== undefined) continue;
    const number = part.slice(0, word.index);
    post[field] = PLAIN_DIGITS.test(number) ? Number(number) : countFrom(part, locale);
  }
}
