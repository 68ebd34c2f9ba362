import type { ObservedPost, Observation, PostKind, SiteAdapter } from './types';
import { branchAfter } from './branch-after';
import { cleanUrl, clip, countFrom, followersFrom, headerScope, postElements, missingFromPosts, pageLocale, pathSegments, readProfileSchema } from './read';

const POST_TESTID = 'tweet';
/** Selectors named by intent; X's data-testids are stable, its class names are not. */
const SELECT = {
  profileName: '[data-testid="UserName"]',
  profileSchema: 'script[type="application/ld+json"][data-testid="UserProfileSchema-test"]',
  /** "/followers" and "/verified_followers"; one selector, as a selector list costs several times more. */
  followersLink: 'a[href$="followers"]',
  ownerControl: '[data-testid="editProfileButton"]',
  post: `article[data-testid="${POST_TESTID}"]`,
  postTag: 'article',
  /**
   * The line above a post's author ("Pinned", "… reposted") is looked for only before the avatar
   * that starts the post's own part: most posts have none, and a search for it alone would walk
   * the whole post (a selector list of both costs eight times the avatar's own query).
   */
  avatar: '[data-testid="Tweet-User-Avatar"]',
  context: '[data-testid="socialContext"]',
  text: '[data-testid="tweetText"]',
  /** Marked parts, looked for only between a post's text and its action bar: its media, a quoted post… */
  postParts: '[data-testid]',
  reply: '[data-testid="reply"]',
  actionBar: '[role="group"][aria-label]',
} as const;
/** The action bar's role, checked on the elements down a post's last children. */
const ACTION_BAR_ROLE = 'group';

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
/** The common part, plain digits then the field's word ("46 replies"): read in one anchored match. */
const PLAIN_PART = new RegExp(String.raw`^\s*(\d{1,15})\s*(?:${ENGAGEMENT_WORD.source})`, 'i');
/**
 * X's English label as it nearly always reads ("46 replies, 73 reposts, 939 likes, …"): one
 * match of ASCII words, where the general reader's case-insensitive, multilingual match per part
 * is a tenth of a 1,000-post read.
 */
const ENGLISH_PLAIN = /^(\d{1,15}) repl(?:y|ies), (\d{1,15}) reposts?, (\d{1,15}) likes?(?:,|$)/;
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
 * `article[data-testid="tweet"]`s (1 against 2.2 ms in a 1,000-post timeline), and keeps the
 * list of a tag between reads: take the tag, then keep the posts among the few articles.
 */
function allPosts(doc: Document): Element[] {
  const articles = doc.getElementsByTagName(SELECT.postTag);
  const posts: Element[] = [];
  for (let i = 0, article; (article = articles[i]); i++) if (article.getAttribute('data-testid') === POST_TESTID) posts.push(article);
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
 * A post's parts read where they sit, not in a walk of the whole post: a post is some 160
 * elements (its action bar 66, its avatar 25 and name line 40), a timeline holds hundreds, and
 * every element handed to the script costs it a wrapper. Its context line before its avatar; in
 * the column after the avatar's branch, which holds the post's own parts in order (name line,
 * text, media, action bar last), its time by tag, its text, its action bar in the last slot; its
 * media from the branches between its text and its action bar. Each part the column does not
 * hold is looked for in the whole post, as when the post has no avatar.
 */
function readPost(article: Element, handle: string, locale: string): ObservedPost | null {
  const avatar = article.querySelector(SELECT.avatar);
  const column = avatar && branchAfter(avatar, article);
  // The post's own time sits in its permalink, in its name line; a quoted post's time has no such link.
  const permalink = (column && permalinkTime(column)) || permalinkTime(article);
  if (!permalink) return null;
  const { time, author, id } = permalink;
  const context = contextBefore(avatar, article)?.textContent ?? '';
  const text = column?.querySelector(SELECT.text) ?? article.querySelector(SELECT.text);
  const barSlot = column?.lastElementChild;
  const slotBar = barSlot && labelledBarIn(barSlot);
  const bar = slotBar || actionBar(article);
  const reply = bar ? null : article.querySelector(SELECT.reply);
  let kind: PostKind = 'text';
  // Media end at the action bar's slot: what shares it with the bar is not the post's media.
  eachMarkedBetween(text ?? time, slotBar ? barSlot : (bar ?? reply), article, (testId) => {
    const seen = KIND_OF_TESTID.get(testId);
    if (seen && KIND_RANK[seen] < KIND_RANK[kind]) kind = seen;
  });
  const post: ObservedPost = {
    id,
    url: `https://x.com/${author}/status/${id}`,
    text: clip(text?.textContent),
    kind,
    pinned: PINNED_CONTEXT.test(context) || undefined,
    repost: author.toLowerCase() !== handle || REPOST_CONTEXT.test(context) || undefined,
  };
  const engagement = bar?.getAttribute('aria-label');
  if (engagement) readEngagement(engagement, locale, post);
  const publishedAt = Date.parse(time.getAttribute('datetime') ?? '');
  if (Number.isFinite(publishedAt)) {
    post.publishedAt = publishedAt;
    post.precision = 'second';
  }
  return post;
}

/** The labelled action bar in `slot`, when it holds the reply button. */
function labelledBarIn(slot: Element): Element | null {
  const bar = slot.querySelector(SELECT.actionBar);
  return bar && holdsReply(bar) ? bar : null;
}

/** The reply button is the bar's first button: found without walking the rest of the bar. */
function holdsReply(bar: Element): boolean {
  return bar.querySelector(SELECT.reply) !== null;
}

/**
 * The post's context line, in what comes before its avatar: the branches before the avatar's
 * own, each a few elements; the whole post when it has no avatar.
 */
function contextBefore(avatar: Element | null, article: Element): Element | null {
  if (!avatar) return article.querySelector(SELECT.context);
  for (let node: Element | null = avatar; node && node !== article; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const context = sibling.getAttribute('data-testid') === 'socialContext' ? sibling : sibling.querySelector(SELECT.context);
      if (context) return context;
    }
  }
  return null;
}

/**
 * The post's labelled action bar, the one holding its reply button. It closes the post: it is
 * looked for down the post's last children first (seven steps on X's timeline, the reply button
 * then in the bar's first branch), from the reply button anywhere in the post when it is not there.
 */
function actionBar(article: Element): Element | null {
  for (let el = article.lastElementChild; el; el = el.lastElementChild) {
    if (el.getAttribute('role') === ACTION_BAR_ROLE) {
      if (el.hasAttribute('aria-label') && holdsReply(el)) return el;
      break;
    }
  }
  return article.querySelector(SELECT.reply)?.closest(SELECT.actionBar) ?? null;
}

/**
 * Calls `visit` with the test id of each marked element after `start` (and its subtree) and
 * before `end` in document order, inside `root` (to its end without `end`): only the branches
 * between the two are walked.
 */
function eachMarkedBetween(start: Element, end: Element | null, root: Element, visit: (testId: string) => void): void {
  // Among `end`'s siblings only `end` holds it: no need to ask each one (the common case, the
  // action bar's slot in the post's column).
  const endParent = end?.parentElement;
  for (let node: Element | null = start, parent; node && node !== root; node = parent) {
    parent = node.parentElement;
    for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (parent === endParent ? sibling === end : end && sibling.contains(end)) return eachMarkedBefore(sibling, end!, visit);
      eachMarked(sibling, visit);
    }
  }
}

/** `visit` on `container`, which holds `end`, and on its marked elements before `end`. */
function eachMarkedBefore(container: Element, end: Element, visit: (testId: string) => void): void {
  for (let node: Element | null = container; node && node !== end; ) {
    const testId = node.getAttribute('data-testid');
    if (testId !== null) visit(testId);
    let child: Element | null = node.firstElementChild;
    for (; child && child !== end && !child.contains(end); child = child.nextElementSibling) eachMarked(child, visit);
    node = child;
  }
}

/** `visit` on `element` and on every marked element in it. */
function eachMarked(element: Element, visit: (testId: string) => void): void {
  const own = element.getAttribute('data-testid');
  if (own !== null) visit(own);
  const marked = element.querySelectorAll(SELECT.postParts);
  // Indexed loops: iterating DOM collections through their iterators costs more, per post.
  for (let i = 0; i < marked.length; i++) visit(marked[i]!.getAttribute('data-testid')!);
}

/** The first `<time>` under `scope` in a link to a post, with the post's author and id. */
function permalinkTime(scope: Element): { time: Element; author: string; id: string } | undefined {
  // The first is nearly always it: the list of every time is only asked for when it is not.
  let times: ArrayLike<Element> | undefined;
  for (let i = 0, time: Element | null = scope.querySelector('time'); time; time = (times ??= scope.querySelectorAll('time'))[++i] ?? null) {
    const match = time.parentElement?.getAttribute('href')?.match(STATUS_PATH);
    if (match) return { time, author: match[1]!, id: match[2]! };
  }
  return undefined;
}

/**
 * The action bar's label, e.g. "46 replies, 73 reposts, 939 likes, …", holds exact numbers, in
 * plain digits before each field's word; anything else ("1,2 k") goes to the locale's reader.
 */
function readEngagement(label: string, locale: string, post: ObservedPost): void {
  const english = ENGLISH_PLAIN.exec(label);
  if (english) {
    post.comments = Number(english[1]);
    post.shares = Number(english[2]);
    post.reactions = Number(english[3]);
    return;
  }
  // Parts end at a comma and a space: a comma alone may be a decimal one ("3,4 k").
  for (const part of label.split(PART_END)) {
    const plain = PLAIN_PART.exec(part);
    const word = plain ?? ENGAGEMENT_WORD.exec(part);
    if (!word) continue;
    // PLAIN_PART's groups are ENGAGEMENT_WORD's, one further on behind its number.
    const at = plain ? 1 : 0;
    const field = word[at + 1] ? 'comments' : word[at + 2] ? 'shares' : 'reactions';
    if (post[field] !== undefined) continue;
    post[field] = plain ? Number(plain[1]) : countFrom(part, locale);
    // Bookmarks and views follow: nothing more to read.
    if (post.comments !== undefined && post.shares !== undefined && post.reactions !== undefined) break;
  }
}
