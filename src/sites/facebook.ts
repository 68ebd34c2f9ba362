import type { ObservedPost, Observation, PostDate, ReadCount, ShownCount, SiteAdapter } from './types';
import { cleanUrl, clip, headerScope, kindAmong, pageLocale } from './read';
import { branchAfter } from './branch-after';
import { enclosingPosts } from './post-elements';
import { withParsedTexts } from './read-date';
import { finest, shownDatesOf, withShownDate } from './shown-dates';
import { embeddedJsonOf, type EmbeddedStory } from './facebook-json';
import { graphqlStoriesOf } from './facebook-graphql-list';
import { CREATED_ATTR, POST_CONTAINERS, POST_ID_ATTR, STORIES_ID, trustedCreated, trustedPostId } from './facebook-attributes';
import { introFollowerLines } from './facebook-intro';
import { legacyFacts } from './facebook-legacy';

/**
 * Selectors named by intent. Facebook's class names are generated; what holds still is ARIA,
 * the data-ad-rendering-role markers and hrefs (SITES.md, Facebook).
 */
const SELECT = {
  /** m. and mbasic. draw the Page's name in their #root. */
  heading: '[role="main"] h1, #root h1',
  followersLink: 'a[href*="/followers"], a[href*="sk=followers"]',
  /** m. and mbasic. carry their posts as article[data-ft]. */
  post: `${POST_CONTAINERS}, article[data-ft]`,
  labelledText: 'span[aria-labelledby]',
  /** A full date written out for assistive technology or as a tooltip (older markup: abbr title, data-utime). */
  fullDate: 'abbr[title], abbr[aria-label], [data-utime]',
  message: '[data-ad-rendering-role="story_message"], [data-ad-preview="message"]',
  legacyMessage: ':scope > div',
  moreButton: '[role="button"]',
  loginForm: 'form input[name="pass"]',
  ownerLink: 'a[href*="business.facebook.com"], a[href*="/professional_dashboard"]',
  ownerControl: '[role="button"], a[role="link"], a[aria-label]',
} as const;

/** Labels of controls only a Page's admins see (SITES.md, owner view signals), en and fr; lower case, as a label read is compared. */
const OWNER_LABELS = new Set([
  'edit', 'modifier', 'professional dashboard', 'tableau de bord professionnel', 'boost post',
  'booster la publication', 'manage', 'gérer', 'meta business suite',
]);
const PINNED_LABELS = /^(pinned post|publication épinglée|épinglé|pinned)$/i;
/** "J’aime : 7 personnes", "Like: 7 people": one button per reaction type. */
const REACTION_LABEL = /^[^:]{1,40}\s?:\s?(\d[\d\s.,\u00a0\u202f]*\s*\S*)\s+(?:personnes?|people|person)$/i;
const COMMENTS = /^(\S+(?:[\s\u00a0\u202f]\S+)?)\s+(?:commentaires?|comments?)$/i;
const SHARES = /^(\S+(?:[\s\u00a0\u202f]\S+)?)\s+(?:partages?|shares?)$/i;
/** A word every line PINNED_LABELS, COMMENTS or SHARES reads holds (case as they take it). */
const LINE_WORDS = /\s(?:comment|partage|share)|pinned|épinglé/gi;

export const HOSTS = new Set(['facebook.com', 'www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'mbasic.facebook.com']);
/** First path segments that are Facebook's own sections, not Pages. */
const NOT_PAGES = new Set([
  'home.php', 'search', 'settings', 'groups', 'marketplace', 'watch', 'login', 'login.php', 'logout.php',
  'gaming', 'events', 'friends', 'messages', 'notifications', 'bookmarks', 'saved', 'reel', 'reels',
  'stories', 'photo', 'photo.php', 'permalink.php', 'story.php', 'pages', 'help', 'privacy', 'policies',
  'hashtag', 'share', 'sharer.php', 'dialog', 'checkpoint', 'recover', 'business', 'ads', 'live', 'feeds',
  'memories', 'fundraisers', 'games', 'news', 'jobs', 'latest', 'videos', 'posts', 'people', 'places',
]);
/**
 * A Page tab (posts, about, photos, videos, live_videos, reels, mentions, reviews, followers,
 * events, community, about_contact_and_basic_info …) still shows the Page's header; anything
 * deeper (posts/<id>, videos/<id>) is a single post or a dialog.
 */
const PAGE_TAB = /^[a-z_]{2,40}$/i;
const VANITY = /^[A-Za-z0-9.\-]{1,80}$/;
const PAGE_ID = /^\d{1,25}$/;
/** A post's own address: its href holds one of these (links are told apart by their href, not by a selector list per link). */
const PERMALINK = /\/(?:posts|permalink|videos|reel)\/|story_fbid=/;
/** A digit in any script: a text without one is no count Facebook writes. */
const DIGIT = /\p{Nd}/u;

/**
 * Facebook's content script's adapter (content/sites/facebook.ts): posts dated only by the text
 * the page writes keep those texts, for the worker's date parser, and every count (followers,
 * reactions, comments, shares) is kept as the page writes it, for the worker's count parser, so
 * that the script carries neither parser; settleTexts reads them.
 */
export const facebookPageReader: SiteAdapter = {
  site: 'facebook',
  matches: (url) => pageRef(url) !== null,
  // The page-world script writes these once React has rendered a post.
  watchedAttributes: [CREATED_ATTR, POST_ID_ATTR],
  visitorMayOwn: true,
  observe(doc, url, now, postRoots) {
    const ref = pageRef(url);
    if (!ref) return null;
    // A read of added posts reuses the scripts the last read found: they come with the page.
    const json = embeddedJsonOf(doc, postRoots === undefined);
    const headingEl = doc.querySelector(SELECT.heading);
    const heading = headingEl?.textContent?.trim() || undefined;
    if (!heading && !json.header) return null; // login wall, or a page not rendered yet
    if (!heading && doc.querySelector(SELECT.loginForm)) return null;
    const locale = pageLocale(doc);
    const missing: string[] = [];

    // Header fields are looked up around the heading: a lookup in the document scans the timeline.
    const header = headerScope(doc, headingEl, SELECT.post);
    const followers = followerTexts(header, ref, json.header?.followersText);
    // The intro is looked through only when no other text writes a number (a tab link may say
    // just "Followers"): its lines are read then, by the worker.
    const intro = followers.texts.some((text) => DIGIT.test(text)) ? [] : introFollowerLines(doc, locale, postRoots === undefined);
    const name = json.header?.name ?? heading;
    if (!name) missing.push('name');

    const stories = knownStories(json.stories, graphqlStoriesOf(doc, now));
    const context: PostContext = { ref, locale, now, stories, pinnedId: json.pinnedPostId };
    const posts = mergedById([
      ...postContainers(doc, postRoots).map((container) => readPost(container, context)),
      // A batch lists them only when it brought new ones: otherwise the last read did.
      ...(postRoots === undefined || bringsStories(postRoots) ? undrawnStories(stories, context) : []),
    ]);

    const observation: Observation = {
      site: 'facebook',
      page: { handle: ref.handle, ...(name ? { name } : {}), url: ref.url },
      ownerView: isOwnerView(header),
      ...(followers.texts.length || intro.length ? { shownFollowers: { locale, ...followers, intro } } : {}),
      posts,
      missing,
      hidden: [],
    };
    return observation;
  },
  settleTexts({ shownFollowers, ...observation }, readDate, fullRead, readCount) {
    const posts = observation.posts.map((post) => withShownCounts(withShownDate(post, readDate), readCount));
    const own = posts.filter((post) => !post.repost);
    const followers = shownFollowers && readFollowers(shownFollowers, readCount);
    const missing = [...(followers ? [] : ['followers']), ...(observation.missing ?? [])];
    // Facebook hides its dates on purpose: some posts undated is how it is, none dated is a change.
    // Judged on a full read only: posts just added are dated a frame later by the page-world script.
    const hidden = own.some((post) => post.publishedAt === undefined) ? ['post.date'] : [];
    if (fullRead && own.length > 0 && own.every((post) => post.publishedAt === undefined)) missing.push('post.date');
    return { ...observation, ...(followers ? { followers } : {}), posts, missing, hidden };
  },
};

/** The whole read, date and count texts parsed at once: the site list's adapter (sites/index.ts), tests, the bench. */
export const facebookAdapter: SiteAdapter = /* @__PURE__ */ withParsedTexts(facebookPageReader);

interface PageRef {
  handle: string;
  url: string;
  /** How the Page's own links name it: a vanity path segment or a profile.php id. */
  matchesHref(href: string): boolean;
}

/**
 * Raw path segments here, not read.ts's decoded pathSegments: decoded, "/%41cme" would become a
 * Page, and a link with a malformed escape after the Page's name would stop matching it.
 */
function pageRef(url: URL): PageRef | null {
  if (!HOSTS.has(url.hostname)) return null;
  const [first, second, third, fourth] = url.pathname.split('/').filter(Boolean);
  if (!first) return null;
  if (first === 'profile.php') {
    const id = url.searchParams.get('id');
    return id && PAGE_ID.test(id) ? idRef(id, url) : null;
  }
  // A Page without a vanity name: /people/<name>/<id>/, its id the one stable name.
  if (first === 'people') return second && third && PAGE_ID.test(third) && !fourth ? idRef(third, url) : null;
  if (!VANITY.test(first) || NOT_PAGES.has(first.toLowerCase())) return null;
  if (third || (second && !PAGE_TAB.test(second))) return null;
  const handle = first.toLowerCase();
  return {
    handle,
    url: `https://www.facebook.com/${handle}`,
    matchesHref: (href) => parseUrl(href, url)?.pathname.split('/').filter(Boolean)[0]?.toLowerCase() === handle,
  };
}

/** A Page named by its numeric id: its links are profile.php?id=<id> or /people/<name>/<id>/. */
function idRef(id: string, url: URL): PageRef {
  return {
    handle: id,
    url: `https://www.facebook.com/profile.php?id=${id}`,
    matchesHref(href) {
      const link = parseUrl(href, url);
      if (!link) return false;
      const [first, , third] = link.pathname.split('/').filter(Boolean);
      return first === 'people' ? third === id : link.searchParams.get('id') === id;
    },
  };
}

/** The follower count's texts: the Page's own followers link in the header, then the embedded JSON's. */
function followerTexts(header: ParentNode, ref: PageRef, jsonText: string | undefined): { texts: string[]; shown?: string } {
  // Only the Page's own followers link: side panels may link other Pages' followers.
  const link = [...header.querySelectorAll<HTMLAnchorElement>(SELECT.followersLink)].find((a) =>
    ref.matchesHref(a.getAttribute('href') ?? ''),
  );
  const shown = link?.textContent?.trim() || undefined;
  return { texts: [shown, jsonText].filter((text): text is string => !!text), ...(shown ? { shown } : {}) };
}

/** The first exact count of the link's and the JSON's texts, else their first, else the intro's first. */
function readFollowers({ locale, texts, intro, shown }: NonNullable<Observation['shownFollowers']>, readCount: ReadCount): Observation['followers'] {
  let best: { text: string; parsed: ShownCount } | undefined;
  for (const text of texts) {
    const parsed = readCount(text, locale);
    if (parsed && (!best || (parsed.exact && !best.parsed.exact))) best = { text, parsed };
  }
  if (best) {
    // shown: what the admin sees in the header, even when the count came from elsewhere.
    return { count: best.parsed.value, exact: best.parsed.exact, shown: shown ?? best.text };
  }
  for (const text of intro) {
    const parsed = readCount(text, locale);
    if (parsed) return { count: parsed.value, exact: parsed.exact, shown: text };
  }
  return undefined;
}

function isOwnerView(header: ParentNode): boolean {
  if (header.querySelector(SELECT.ownerLink)) return true;
  return [...header.querySelectorAll(SELECT.ownerControl)].some((el) => {
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().toLowerCase();
    return OWNER_LABELS.has(label);
  });
}

/**
 * Comments and shared posts are containers too, nested in a post: only the outer ones count.
 * With roots, a container added inside a post (a comment, a shared post rendered late) is
 * read as the post around it; in page order, the order stories are claimed in.
 */
function postContainers(doc: Document, roots: Iterable<Node> | undefined): Element[] {
  if (!roots) return [...doc.querySelectorAll(SELECT.post)].filter((el) => el.parentElement?.closest(SELECT.post) == null);
  const outer = new Set<Element>();
  const enclosingPost = enclosingPosts(SELECT.post);
  for (const node of roots) {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!element?.isConnected) continue;
    const enclosing = enclosingPost(element);
    if (enclosing) outer.add(outermostContainer(enclosing));
    else for (let post = element.querySelector(SELECT.post); post; post = nextPostAfter(post, element)) outer.add(post);
  }
  const posts = [...outer];
  return posts.every((post, i) => i === 0 || comesRightAfter(posts[i - 1]!, post)) ? posts : posts.sort((a, b) => (precedes(a, b) ? -1 : 1));
}

/**
 * Whether `b` is in what follows `a`'s subtree first: the posts of sibling cells, a batch's
 * usual order, told apart without compareDocumentPosition, which counts a parent's children from
 * the first (a long timeline's thousands of cells) for every pair.
 */
function comesRightAfter(a: Element, b: Element): boolean {
  return branchAfter(a)?.contains(b) ?? false;
}

/**
 * The next post under `root` after `post` and outside it: the posts nested in a post are never
 * looked through (a long post's comments), only what follows it, first match by first match.
 */
function nextPostAfter(post: Element, root: Element): Element | null {
  for (let next = branchAfter(post, root); next; next = branchAfter(next, root)) {
    const found = next.matches(SELECT.post) ? next : next.querySelector(SELECT.post);
    if (found) return found;
  }
  return null;
}

/**
 * The stories of the embedded JSON and of the GraphQL answers, one per post id: the first that
 * holds a time, else the first. The same objects from read to read (see storyHolders).
 */
function knownStories(embedded: EmbeddedStory[], fromGraphql: EmbeddedStory[]): EmbeddedStory[] {
  const byId = new Map<string, EmbeddedStory>();
  for (const story of [...embedded, ...fromGraphql]) {
    const id = story.postId;
    if (id === undefined) continue;
    const known = byId.get(id);
    if (!known || (known.createdSeconds === undefined && story.createdSeconds !== undefined)) byId.set(id, story);
  }
  return [...byId.values()];
}

/**
 * A story no post shown holds is a post of the Page all the same, whether or not its element is
 * drawn yet: a server-rendered Page that has not drawn its timeline still gives its latest posts.
 */
function undrawnStories(stories: EmbeddedStory[], context: PostContext): ObservedPost[] {
  return stories
    .filter((story) => !storyHolders.get(story)?.isConnected)
    .map((story) => ({
      id: story.postId!,
      ...(story.url ? { url: cleanUrl(story.url) } : {}),
      ...(secondsDate(story.createdSeconds) ?? {}),
      ...(story.text ? { text: story.text } : {}),
      ...(story.postId === context.pinnedId ? { pinned: true } : {}),
    }));
}

/** Whether added nodes include the page-world script's list of GraphQL stories, or stories in it. */
function bringsStories(roots: Iterable<Node>): boolean {
  for (const node of roots) if (node.nodeType === 1 && [(node as Element).id, node.parentElement?.id].includes(STORIES_ID)) return true;
  return false;
}

/** One post per id, in first-seen order: what each read of it gives, the most precise date kept. */
function mergedById(posts: (ObservedPost | null)[]): ObservedPost[] {
  const byId = new Map<string, ObservedPost>();
  for (const post of posts) {
    if (!post) continue;
    const known = byId.get(post.id);
    if (!known) {
      byId.set(post.id, post);
      continue;
    }
    const date = finest([dateOf(known), dateOf(post)]);
    // Undated both, each read's date texts are kept for the date parser, the first read's first.
    const shownDates = date || !post.shownDates || !known.shownDates ? {} : { shownDates: { ...known.shownDates, texts: [...known.shownDates.texts, ...post.shownDates.texts] } };
    // Each read's count texts, the first read's first: a count the first does not give, the second may.
    const a = known.shownCounts;
    const b = post.shownCounts;
    const shownCounts = a && b ? { shownCounts: { locale: a.locale, reactions: [...a.reactions, ...b.reactions], comments: [...a.comments, ...b.comments], shares: [...a.shares, ...b.shares] } } : {};
    byId.set(post.id, { ...post, ...definedFields(known), ...(date ?? {}), ...shownDates, ...shownCounts });
  }
  return [...byId.values()];
}

const dateOf = (post: ObservedPost): PostDate | undefined =>
  post.publishedAt !== undefined && post.precision ? { publishedAt: post.publishedAt, precision: post.precision } : undefined;

function definedFields(post: ObservedPost): Partial<ObservedPost> {
  return Object.fromEntries(Object.entries(post).filter(([, value]) => value !== undefined));
}

function outermostContainer(container: Element): Element {
  let outer = container;
  for (let up = outer.parentElement?.closest(SELECT.post); up; up = outer.parentElement?.closest(SELECT.post)) outer = up;
  return outer;
}

interface PostContext {
  ref: PageRef;
  locale: string;
  now: Date;
  stories: EmbeddedStory[];
  pinnedId: string | undefined;
}

/**
 * The parts of a post the read looks at, each list in page order. One query per attribute name:
 * a selector list makes the browser match every selector of it on each of a post's hundreds of
 * elements (its garbled date alone is 200), one attribute name is matched once, and a tag (a,
 * video) is matched cheapest of all; on the French capture, these four queries cost half of the one list.
 */
interface PostParts {
  authors: Element[];
  messages: Element[];
  /** Every link with an address: the header's date links, permalinks and photo links among them. */
  links: HTMLAnchorElement[];
  labelled: Element[];
  /** What tells a post's kind: a poll, a video, a photo … (KINDS). */
  kindMarkers: Element[];
}

/**
 * Kinds in the order they win (a post with a video and a link is a video), each told by links, a
 * video, a label or a rendering role.
 */
const KINDS = {
  poll: '[aria-label*="poll" i], [aria-label*="sondage" i], a[href*="/polls/"]',
  video: 'video, a[href*="/videos/"], a[href*="/reel/"], a[href*="/watch/"]',
  photo: 'a[href*="/photo"]',
  event: 'a[href*="/events/"]',
  link: '[data-ad-rendering-role="title"], a[href*="l.facebook.com/l.php"]',
};
/**
 * What a link, a label or a role must say to mark a kind (KINDS): one of their words. Tested
 * first: matches() of that selector list on every part costs more than the queries.
 */
const MARKER_WORDS = /\/(?:video|reel|watch|photo|event|polls)|l\.php|poll|sondage|^title$/i;

function postParts(container: Element): PostParts {
  const all = (selector: string) => [...container.querySelectorAll(selector)];
  const roles = all('[data-ad-rendering-role]');
  const links = all('a[href]') as HTMLAnchorElement[];
  const labelled = all('[aria-label]');
  const role = (el: Element) => el.getAttribute('data-ad-rendering-role');
  const marking = (list: Element[], name: string) => list.filter((el) => MARKER_WORDS.test(el.getAttribute(name)!));
  const messages = roles.filter((el) => role(el) === 'story_message' || el.getAttribute('data-ad-preview') === 'message');
  return {
    authors: roles.filter((el) => role(el) === 'profile_name'),
    // Older markup marks a message by data-ad-preview alone: a query of its own, made only then.
    messages: messages.length ? messages : all(SELECT.message),
    links,
    labelled,
    kindMarkers: [...all('video'), ...marking(links, 'href'), ...marking(labelled, 'aria-label'), ...marking(roles, 'data-ad-rendering-role')],
  };
}

function readPost(container: Element, context: PostContext): ObservedPost | null {
  const parts = postParts(container);
  const { authors } = parts;
  // A share shows the Page's header, then the shared post with its own author header.
  const shared = authors[1];
  const own = (el: Element) => !shared || precedes(el, shared);
  const messageEl = parts.messages.find(own) ?? legacyBody(container);
  const text = clip(messageText(messageEl));
  if (authors.length === 0 && !text) return null; // an empty placeholder the feed fills later

  const attrId = trustedPostId(container.getAttribute(POST_ID_ATTR));
  const legacy = legacyFacts(container, context.now);
  const story = matchStory(container, attrId ?? legacy.postId, text, context);
  const permalink = ownPermalink(parts.links, own);
  const id = attrId ?? story?.postId ?? legacy.postId ?? permalink?.id ?? fallbackId(parts.links, own, text ?? clip(messageText(shared && parts.messages.find((el) => precedes(shared, el)))));
  if (!id) return null;

  const known = finest([
    secondsDate(trustedCreated(container.getAttribute(CREATED_ATTR), context.now)),
    secondsDate(story?.createdSeconds),
    secondsDate(legacy.publishedSeconds),
  ]);
  // Facebook's own time to the second wins any tie with what the links say: then they are not read.
  const shown = known ? { texts: [] } : readShownDate(container, parts, own, messageEl, context);
  const date = known ?? shown.date;
  const { pinned, counts } = readLabels(container, parts.labelled, own);
  const post: ObservedPost = {
    id,
    url: permalink?.url ?? (story?.url ? cleanUrl(story.url) : undefined),
    ...(date ?? {}),
    text,
    kind: kindAmong(parts.kindMarkers, KINDS),
    pinned: (context.pinnedId !== undefined && context.pinnedId === id) || pinned || undefined,
    repost: shared !== undefined || undefined,
    ...(counts.reactions.length || counts.comments.length || counts.shares.length ? { shownCounts: { locale: context.locale, ...counts, reactions: [counts.reactions] } } : {}),
    // Dated to the second by Facebook's own data, a post needs none of the finer-or-equal texts.
    ...(date ? {} : shownDatesOf(shown.texts, context.locale)),
  };
  return post;
}

/** On m. and mbasic. a post's message is its first body block, after the header. */
function legacyBody(container: Element): Element | undefined {
  return container.hasAttribute('data-ft') ? (container.querySelector(SELECT.legacyMessage) ?? undefined) : undefined;
}

function precedes(a: Element, b: Element): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

/** The message without its "See more" / "En voir plus" button. */
function messageText(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  if (!el.querySelector(SELECT.moreButton)) return el.textContent ?? undefined;
  const copy = el.cloneNode(true) as Element;
  for (const button of copy.querySelectorAll(SELECT.moreButton)) button.remove();
  return copy.textContent ?? undefined;
}

/**
 * The post element each embedded story was matched to, across reads. Posts come in page order,
 * in one read or over many batches: a post read alone keeps the story it was given, and no
 * other post shown takes it (two posts with the same text get one story each, as in a full read).
 */
const storyHolders = new WeakMap<EmbeddedStory, Element>();

/**
 * The embedded JSON lists the first feed units with their ids and times, the GraphQL answers the
 * later ones. A DOM post is the story with the same post id (from the page-world attribute or
 * data-ft), else the one with the same message text.
 */
function matchStory(container: Element, postId: string | undefined, text: string | undefined, context: PostContext): EmbeddedStory | undefined {
  // A post whose id is known is that story or none: another post may say the same words.
  const matching = context.stories.filter((candidate) =>
    postId !== undefined ? candidate.postId === postId : text !== undefined && candidate.text === text,
  );
  const held = matching.find((candidate) => storyHolders.get(candidate) === container);
  if (held) return held;
  // A story whose post left the page (React re-rendered it) is free for the post that replaced it.
  const story = matching.find((candidate) => !storyHolders.get(candidate)?.isConnected);
  if (story) storyHolders.set(story, container);
  return story;
}

function ownPermalink(links: HTMLAnchorElement[], own: (el: Element) => boolean): { id: string; url?: string } | undefined {
  for (const a of links) {
    const href = a.getAttribute('href')!;
    if (!PERMALINK.test(href) || !own(a)) continue;
    const url = parseUrl(href);
    if (!url) continue;
    const fromQuery = url.searchParams.get('story_fbid');
    const fromPath = url.pathname.match(/\/(?:posts|permalink|videos|reel)\/(pfbid[A-Za-z0-9]+|\d{1,25})/)?.[1];
    if (fromPath) return { id: fromPath, url: cleanUrl(url.href) };
    if (fromQuery && /^(?:pfbid[A-Za-z0-9]+|\d{1,25})$/.test(fromQuery)) return { id: fromQuery };
  }
  return undefined;
}

/**
 * Without a post id (no page-world script, not in the embedded JSON) a post is still named by
 * what it shows: its own photo's id, else its text (a bare share's: the shared text).
 * Stable across visits while the post is.
 */
function fallbackId(links: HTMLAnchorElement[], own: (el: Element) => boolean, text: string | undefined): string | undefined {
  const photo = links.find((a) => a.matches(KINDS.photo) && own(a));
  const fbid = photo && parseUrl(photo.getAttribute('href') ?? '')?.searchParams.get('fbid');
  if (trustedPostId(fbid)) return `photo:${fbid}`;
  return text ? `text:${hash(text)}` : undefined;
}

/** URL.parse is too recent for the browsers we support; hrefs on a page can be anything. */
function parseUrl(href: string, base: string | URL = 'https://www.facebook.com/'): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

/** FNV-1a: a short, stable name for a text, not a security measure. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** A time Facebook's own data gives (the page-world attribute, a story, data-ft): to the second. */
function secondsDate(seconds: number | undefined): PostDate | undefined {
  return seconds === undefined ? undefined : { publishedAt: seconds * 1000, precision: 'second' };
}

/**
 * The date as the page writes it: a full date in an accessible label or tooltip ("Mardi 10 juin
 * 2025 à 11:35", abbr title, data-utime on older markup), else as shown ("2 h", "Hier à 17:00"),
 * in a header link before the message, not the author's: data-utime's date, else the texts, in
 * the order their dates are preferred on a tie. Facebook often scrambles the shown text; then
 * nothing parses and the post stays undated.
 */
function readShownDate(container: Element, { links: allLinks, authors }: PostParts, own: (el: Element) => boolean, message: Element | undefined, context: PostContext): { date?: PostDate; texts: (string | null | undefined)[] } {
  // Links come in page order: those before the message and the shared post are the first ones.
  const cut = allLinks.findIndex((a) => !own(a) || (message !== undefined && !precedes(a, message)));
  // An author's link or a heading's names someone: a climb to the post, not closest()'s to the page's root.
  const namesSomeone = (a: Element) => {
    for (let el: Element | null = a; el && el !== container; el = el.parentElement) if (authors.includes(el) || /^h[234]$/.test(el.localName)) return true;
    return false;
  };
  const links = allLinks.slice(0, cut === -1 ? undefined : cut).filter((a) => !namesSomeone(a));
  const textOf = (id: string | null | undefined) => (id ? allLinks[0]!.ownerDocument.getElementById(id)?.textContent : undefined);
  const shown: (string | null | undefined)[] = [];
  for (const link of links) {
    const full = link.querySelector(SELECT.fullDate) ?? (link.matches(SELECT.fullDate) ? link : null);
    const utime = trustedCreated(full?.getAttribute('data-utime') ?? null, context.now);
    if (utime !== undefined) return { date: secondsDate(utime), texts: [] };
    const texts = [
      full?.getAttribute('title'),
      full?.getAttribute('aria-label'),
      link.getAttribute('aria-label'),
      link.getAttribute('title'),
      // The hover tooltip, once drawn, is the element the link is described by.
      ...(link.getAttribute('aria-describedby')?.split(/\s+/).map(textOf) ?? []),
      textOf(link.querySelector(SELECT.labelledText)?.getAttribute('aria-labelledby')),
      link.textContent,
    ];
    shown.push(...texts);
  }
  return { texts: shown };
}

/**
 * The post's labels: the reaction buttons' counts, the "12 comments" / "3 shares" lines, and the
 * "Pinned post" mark (an aria-label, or a leaf span's whole text) when it is the post's own, not
 * a shared post's.
 */
function readLabels(container: Element, labelled: Element[], own: (el: Element) => boolean): { counts: CountTexts; pinned: boolean } {
  let pinned = false;
  const counts: CountTexts = { reactions: [], comments: [], shares: [] };
  let box: Element | null | undefined;
  for (const el of labelled) {
    const label = el.getAttribute('aria-label')!.trim();
    // The comment box: its placeholder ("Écrivez un commentaire…") is drawn beside it, in its parent.
    const role = el.getAttribute('role');
    if (role === 'textbox') box ??= el.parentElement;
    // The label is tested first: whether an element is the post's own is a document-order comparison.
    if (!pinned && PINNED_LABELS.test(label) && own(el)) pinned = true;
    // A reaction's count is a button's label: the others (links, the comment box, tools) are not matched.
    const number = role === 'button' && label.match(REACTION_LABEL)?.[1];
    if (number) counts.reactions.push(number);
  }
  // "12 comments" is the whole text of a span or div: only the leaves holding one of the lines' words are read.
  for (const leaf of leavesHolding(container, LINE_WORDS, box)) {
    if (leaf.localName !== 'span' && leaf.localName !== 'div') continue;
    // Server-rendered text may be split by comments ("12<!-- --> comments"): the element's whole text.
    const shown = leaf.textContent!.trim();
    if (!pinned && leaf.localName === 'span' && !leaf.hasAttribute('aria-label') && PINNED_LABELS.test(shown) && own(leaf)) pinned = true;
    if (shown.length > 40) continue;
    const comment = shown.match(COMMENTS)?.[1];
    const share = shown.match(SHARES)?.[1];
    if (comment) counts.comments.push(comment);
    if (share) counts.shares.push(share);
  }
  return { counts, pinned };
}

/** The texts of a post's counts, in page order, for the count parser (ObservedPost.shownCounts). */
type CountTexts = { reactions: string[]; comments: string[]; shares: string[] };

/**
 * The post without its count texts: its reactions summed over the buttons of the first read that
 * gives one, its first comments and shares lines that read as a count.
 */
function withShownCounts({ shownCounts, ...post }: ObservedPost, readCount: ReadCount): ObservedPost {
  if (!shownCounts) return post;
  const read = (texts: string[]) => texts.map((text) => readCount(text, shownCounts.locale)?.value).filter((value) => value !== undefined);
  const reactions = shownCounts.reactions.map(read).find((values) => values.length > 0) ?? [];
  const [comments] = read(shownCounts.comments);
  const [shares] = read(shownCounts.shares);
  return {
    ...post,
    ...(reactions.length ? { reactions: reactions.reduce((sum, value) => sum + value, 0) } : {}),
    ...(comments !== undefined ? { comments } : {}),
    ...(shares !== undefined ? { shares } : {}),
  };
}

/**
 * The leaf elements (no child element) whose text holds a match of `words`, in page order, none
 * from `end` on. The post's text is searched whole, one native call; only when it matches are
 * its text nodes walked, counting lengths to the matches, not looking at each one's element.
 * Every post's comment box says "comment": its text is left out, or every post would be walked.
 */
function leavesHolding(root: Element, words: RegExp, end: Element | null | undefined): Element[] {
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  if (end) range.setEndBefore(end);
  const offsets = [...range.toString().matchAll(words)].map((match) => match.index + match[0].length - 1);
  const leaves: Element[] = [];
  if (offsets.length === 0) return leaves;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  let next = 0;
  for (let node = walker.nextNode() as Text | null; node && next < offsets.length; node = walker.nextNode() as Text | null) {
    length += node.length;
    if (offsets[next]! >= length) continue;
    while (next < offsets.length && offsets[next]! < length) next++;
    const parent = node.parentElement;
    if (parent && parent.childElementCount === 0 && leaves.at(-1) !== parent) leaves.push(parent);
  }
  return leaves;
}
