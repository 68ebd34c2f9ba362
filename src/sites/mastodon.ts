import type { ObservedPost, Observation, SiteAdapter } from './types';
import { clip, countFrom, exactWithShown, followersFrom, kindFrom, pageLocale, postElements } from './read';
import { withParsedTexts } from './read-date';
import { settleThenJudge, shownDatesOf } from './shown-dates';
import { foldSpaces } from '../parse/locale-text';
import { mastodonHome } from './page-site';

/**
 * Selectors named by intent, from mastodon/mastodon's web UI (app/javascript/mastodon/features/
 * account/components/header.jsx, components/status.jsx); the same on every instance.
 */
const SELECT = {
  /** The React root every Mastodon page renders into (app/views/home/index.html.haml). */
  app: '#mastodon, body.app-body',
  header: '.account__header',
  /** h1 holds the display name's span, then a small with "@user@instance". */
  name: '.account__header__tabs__name h1 > span',
  /** In the header: title holds the exact, formatted number; the text is short ("1.2K Followers"). */
  followersLink: '.account__header__extra__links a[href$="/followers"]',
  description: 'meta[name="description"], meta[property="og:description"]',
  /**
   * Server-rendered for every profile, before the web app draws it (app/views/accounts/show.html.haml,
   * _og.html.haml): "user@instance", and "Display Name (@user@instance)".
   */
  profileUsername: 'meta[property="profile:username"]',
  ogTitle: 'meta[property="og:title"]',
  /** The web app's initial state; its meta.locale is the language the server wrote the page in. */
  initialState: 'script#initial-state[type="application/json"]',
  /** In the header. */
  ownerControl: 'a[href="/settings/profile"]',
  post: '.status[data-id]',
  permalink: 'a.status__relative-time',
  time: 'a.status__relative-time time[datetime]',
  prepend: '.status__prepend',
  boostIcon: '.status__prepend .icon-retweet, .status__prepend .fa-retweet',
  text: '.status__content__text, .status__content .e-content',
  boosts: '.status__action-bar button[title="Boost"] .icon-button__counter, .status__action-bar button[title="Booster"] .icon-button__counter',
  favourites:
    '.status__action-bar button[title="Favorite"] .icon-button__counter, .status__action-bar button[title="Favourite"] .icon-button__counter, .status__action-bar button[title="Ajouter aux favoris"] .icon-button__counter',
  poll: '.poll',
  video: '.video-player, .audio-player, .media-gallery__item-gifv-thumbnail',
  photo: '.media-gallery',
  link: '.status-card',
} as const;

const PROFILE = /^\/@([\w.-]+)(?:@([\w.-]+\.[a-z]{2,}))?\/?$/i;
const PINNED = /pinned|épinglé/i;

/**
 * Mastodon's content script's adapter (content/sites/mastodon.ts): a date shown only as text
 * ("2h", without time[datetime]) is left for the worker's date parser; settleTexts reads it.
 */
export const mastodonPageReader: SiteAdapter = {
  site: 'mastodon',
  // Any host can run Mastodon: the URL shape is all we can check here; observe() confirms the page.
  matches: (url) => homeProfileHandle(url) !== null,
  observe(doc, url, _now, postRoots) {
    const handle = homeProfileHandle(url);
    if (!handle || !doc.querySelector(SELECT.app)) return null;
    const header = doc.querySelector(SELECT.header);
    // Before the web app draws the profile, the server's meta tags say whose page it is.
    if (!header && !servedFor(doc, handle)) return null;
    const locale = pageLocale(doc, () => initialStateLocale(doc));
    const missing: string[] = [];
    // Header fields are looked up in the header: a lookup in the document scans the timeline.
    const followers = header ? readFollowers(doc, header, locale) : descriptionFollowers(doc, locale);
    if (!followers) missing.push('followers');
    const posts = postElements(doc, SELECT.post, postRoots)
      .map((status) => readPost(status, handle, url, locale))
      .filter((post): post is ObservedPost => post !== null);
    const observation: Observation = {
      site: 'mastodon',
      page: {
        handle,
        name: (header ? header.querySelector(SELECT.name)?.textContent?.trim() : servedName(doc, handle)) || undefined,
        url: `${url.origin}/@${handle.endsWith(`@${url.hostname}`) ? handle.split('@')[0] : handle}`,
      },
      ownerView: header?.querySelector(SELECT.ownerControl) != null,
      followers,
      posts,
      missing,
    };
    return observation;
  },
  settleTexts: settleThenJudge(['date', 'text']),
};

/** The whole read, date texts parsed at once: the site list's adapter (sites/index.ts), the popup, tests. */
export const mastodonAdapter: SiteAdapter = /* @__PURE__ */ withParsedTexts(mastodonPageReader);

/**
 * The handle of an account shown on its own instance. A remote account (/@user@elsewhere) is a
 * copy this instance serves as it likes: it is not read, its data comes from its home only.
 */
function homeProfileHandle(url: URL): string | null {
  const handle = profileHandle(url);
  return handle && mastodonHome(handle) === url.hostname ? handle : null;
}

/** user@instance, lower-case: "user" alone names different people on different instances. */
function profileHandle(url: URL): string | null {
  const match = url.pathname.match(PROFILE);
  if (!match) return null;
  return `${match[1]}@${match[2] ?? url.hostname}`.toLowerCase();
}

function readFollowers(doc: Document, header: Element, locale: string): Observation['followers'] {
  const link = header.querySelector(SELECT.followersLink);
  const shown = link?.textContent && foldSpaces(link.textContent);
  if (shown) return exactWithShown(followersFrom(link?.getAttribute('title'), locale), shown, locale);
  return descriptionFollowers(doc, locale);
}

/**
 * The server's description, in the instance's language: "1.2K Posts, 310 Following, 12.3K Followers
 * · bio" (fr "2,04 k Messages, 310 Abonnements, 12,3 k Abonné·e·s · …"). Mastodon joins the counts
 * with ", " in that order and leaves the followers out when the account hides them
 * (app/helpers/accounts_helper.rb, account_description): the third part, whatever its word; a comma
 * with no space after it is a decimal one.
 */
function descriptionFollowers(doc: Document, locale: string): Observation['followers'] {
  const description = doc.head?.querySelector(SELECT.description)?.getAttribute('content') ?? '';
  const counts = description.split(' · ')[0]!.split(/,\s+/);
  return counts.length === 3 ? followersFrom(counts[2], locale) : undefined;
}

/** The server rendered this page for this account: its profile:username is the handle. */
function servedFor(doc: Document, handle: string): boolean {
  const username = doc.head?.querySelector(SELECT.profileUsername)?.getAttribute('content')?.trim().replace(/^@/, '');
  return username?.toLowerCase() === handle;
}

/** og:title "Display Name (@user@instance)": the name before this account's own acct. */
function servedName(doc: Document, handle: string): string | undefined {
  const title = doc.head?.querySelector(SELECT.ogTitle)?.getAttribute('content') ?? '';
  const end = title.toLowerCase().lastIndexOf(` (@${handle})`);
  return end > 0 ? title.slice(0, end).trim() : undefined;
}

function initialStateLocale(doc: Document): string | undefined {
  try {
    const locale: unknown = JSON.parse(doc.querySelector(SELECT.initialState)?.textContent || 'null')?.meta?.locale;
    return typeof locale === 'string' ? locale : undefined;
  } catch {
    return undefined;
  }
}

function readPost(status: Element, handle: string, url: URL, locale: string): ObservedPost | null {
  const id = status.getAttribute('data-id');
  const link = status.querySelector(SELECT.permalink);
  const permalink = link?.getAttribute('href');
  if (!id || !link || !permalink) return null;
  const postUrl = new URL(permalink, url.origin);
  const author = profileHandle(new URL(postUrl.pathname.replace(/\/[^/]+\/?$/, ''), postUrl.origin));
  // The prepend ("Pinned post", "… boosted") sits beside the status, inside its wrapper.
  const wrapper = status.closest('.status__wrapper') ?? status;
  const prepend = wrapper.querySelector(SELECT.prepend);
  const datetime = Date.parse(status.querySelector(SELECT.time)?.getAttribute('datetime') ?? '');
  const post: ObservedPost = {
    id,
    url: `${postUrl.origin}${postUrl.pathname}`,
    text: clip(status.querySelector(SELECT.text)?.textContent),
    kind: kindFrom(status, { poll: SELECT.poll, video: SELECT.video, photo: SELECT.photo, link: SELECT.link }),
    pinned: (prepend !== null && PINNED.test(prepend.textContent ?? '')) || undefined,
    // A boost shows the original author's status under a "… boosted" prepend.
    repost: (author !== null && author !== handle) || wrapper.querySelector(SELECT.boostIcon) !== null || undefined,
    shares: countFrom(status.querySelector(SELECT.boosts)?.textContent, locale),
    reactions: countFrom(status.querySelector(SELECT.favourites)?.textContent, locale),
  };
  if (Number.isFinite(datetime)) {
    post.publishedAt = datetime;
    post.precision = 'second';
  } else {
    // Without time[datetime], the shown "2h" or "Mar 5, 2022" still dates the post, less precisely.
    Object.assign(post, shownDatesOf([link.textContent], locale));
  }
  return post;
}
