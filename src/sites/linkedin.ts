import type { ObservedPost, Observation, SiteAdapter } from './types';
import { clip, countFrom, followersFrom, kindFrom, missingFromPosts, pageLocale, pathSegments, postElements } from './read';
import { escapeRegExp, foldSpaces } from '../parse/locale-text';

/**
 * Selectors named by intent. LinkedIn's hashed class names churn; its BEM names (org-top-card…,
 * update-components-…) and data-urn have held for years.
 */
const SELECT = {
  /**
   * Only the page's own top card: side panels list other companies with their own "N followers".
   * Signed-out visitors get the guest layout (.top-card-layout), whose count ends its first subline.
   */
  topCard: '.org-top-card, .top-card-layout',
  name: 'h1',
  topCardItems: '.org-top-card-summary-info-list__info-item',
  guestSubline: '.top-card-layout__first-subline',
  /** Admins see links into the page's admin view ("Admin tools", "Back to admin view"). */
  ownerControl: 'a[href*="/admin/"]',
  post: '[data-urn^="urn:li:activity:"], article[data-activity-urn^="urn:li:activity:"]',
  actorLink: '.update-components-actor__meta-link, [data-test-id="main-feed-activity-card__entity-lockup"] a',
  actorCount: '.update-components-actor__description [aria-hidden="true"]',
  text: '.update-components-text, [data-test-id="main-feed-activity-card__commentary"]',
  /** The number itself; the button's label may read "Chander Ramesh and 118 others" instead. */
  reactionsCount:
    '.social-details-social-counts__reactions-count, .social-details-social-counts__social-proof-fallback-number, [data-test-id="social-actions__reaction-count"]',
  counts: '.social-details-social-counts button[aria-label]',
  /** The guest layout writes its comment count out: "12 comments". */
  guestComments: '[data-test-id="social-actions__comments"]',
  poll: '.update-components-poll',
  event: '.update-components-event',
  video: '.update-components-linkedin-video, video',
  photo: '.update-components-image',
  link: '.update-components-article',
} as const;

/** The main host, and the country ones (uk., fr., de.linkedin.com …) that serve the same pages. */
const LINKEDIN_HOST = /^(?:www\.|[a-z]{2}\.)?linkedin\.com$/;
export const HOSTS = { has: (host: string): boolean => LINKEDIN_HOST.test(host) };
const TABS = new Set(['', 'posts']);
const FOLLOWERS = /follower|abonné|seguidor|abonnent/i;
/** A number ("2 345", "12,3") and its compact suffix ("k", "M", "mil") closing the text before the word. */
const GUEST_COUNT = /\d[\d\s.,]*(?:\p{L}{1,3}\.?\s*)?$/u;
const COMMENTS = /comment|commentaire|comentario/i;
const REPOSTS = /repost|republication|republicación|partage/i;

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  matches: (url) => HOSTS.has(url.hostname) && companySlug(url) !== null,
  observe(doc, url, _now, postRoots) {
    const slug = companySlug(url);
    const card = doc.querySelector(SELECT.topCard);
    if (!slug || !card) return null;
    const locale = pageLocale(doc);
    const ownPage = ownPagePattern(slug);
    const updates = postElements(doc, SELECT.post, postRoots);
    const posts = updates.map((update) => readPost(update, ownPage, locale));
    const missing: string[] = [];
    const followers = readFollowers(card, ownActor(card, postRoots ? updates : [doc], ownPage), locale);
    if (!followers) missing.push('followers');
    const observation: Observation = {
      site: 'linkedin',
      page: {
        handle: slug,
        name: card.querySelector(SELECT.name)?.textContent?.trim() || undefined,
        url: `https://www.linkedin.com/company/${slug}/`,
      },
      ownerView: card.querySelector(SELECT.ownerControl) !== null,
      followers,
      posts,
      missing: [...missing, ...missingFromPosts(posts, ['text', 'engagement'])],
    };
    return observation;
  },
};

function companySlug(url: URL): string | null {
  const [kind, slug, tab = '', ...rest] = pathSegments(url);
  if ((kind !== 'company' && kind !== 'showcase') || !slug || !TABS.has(tab) || rest.length > 0) return null;
  return slug.toLowerCase();
}

/** An href into this company's own page; built once a read, as it is tested on every post. */
function ownPagePattern(slug: string): RegExp {
  return new RegExp(`/(?:company|showcase)/${escapeRegExp(slug)}(?:/|$|\\?)`, 'i');
}

/** True when an actor or header link points at this company's own page. */
function isOwnPage(link: Element | null, ownPage: RegExp): boolean {
  return ownPage.test(link?.getAttribute('href') ?? '');
}

/** The first actor link of the page's own posts seen on each page, keyed by the page's top card. */
const ownActors = new WeakMap<Element, Element>();

/**
 * The page's own actor link: a full read looks through the whole page; a read of added posts
 * keeps the one an earlier read found while it is still shown, else looks in the added posts,
 * so a batch of reposts does not lose the exact count.
 */
function ownActor(card: Element, within: readonly ParentNode[], ownPage: RegExp): Element | undefined {
  const known = ownActors.get(card);
  if (within[0] !== card.ownerDocument && known?.isConnected) return known;
  for (const scope of within) {
    const found = [...scope.querySelectorAll(SELECT.actorLink)].find((link) => isOwnPage(link, ownPage));
    if (found) {
      ownActors.set(card, found);
      return found;
    }
  }
  return undefined;
}

/**
 * The top card shows "8K followers"; the page's own posts name their author with the exact count
 * ("7,896 followers"), which is the same page's count, not another company's.
 */
function readFollowers(card: Element, ownActor: Element | undefined, locale: string): Observation['followers'] {
  const shown =
    [...card.querySelectorAll(SELECT.topCardItems)].map((item) => foldSpaces(item.textContent ?? '')).find((text) => FOLLOWERS.test(text)) ??
    guestCount(card.querySelector(SELECT.guestSubline)?.textContent);
  const fromCard = followersFrom(shown, locale);
  const fromPost = followersFrom(ownActor?.querySelector(SELECT.actorCount)?.textContent, locale);
  if (fromPost?.exact && fromCard && !fromCard.exact) return { ...fromPost, shown: fromCard.shown };
  return fromCard ?? fromPost;
}

/**
 * The guest subline runs industry, location and count together ("Design Paris, Île-de-France
 * 2 345 followers"): the count is the number, with its compact suffix, just before the word.
 */
function guestCount(subline: string | null | undefined): string | undefined {
  const text = foldSpaces(subline ?? '');
  const word = FOLLOWERS.exec(text);
  if (!word) return undefined;
  const number = text.slice(0, word.index).match(GUEST_COUNT);
  return number ? `${number[0].trim()} ${text.slice(word.index).split(/\s/)[0]}` : undefined;
}

function readPost(update: Element, ownPage: RegExp, locale: string): ObservedPost {
  const id = (update.getAttribute('data-urn') ?? update.getAttribute('data-activity-urn')!).slice('urn:li:activity:'.length);
  const labels = [
    ...[...update.querySelectorAll(SELECT.counts)].map((button) => button.getAttribute('aria-label') ?? ''),
    update.querySelector(SELECT.guestComments)?.textContent ?? '',
  ];
  return {
    id,
    url: `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`,
    ...activityTime(id),
    text: clip(update.querySelector(SELECT.text)?.textContent),
    kind: kindFrom(update, { poll: SELECT.poll, event: SELECT.event, video: SELECT.video, photo: SELECT.photo, link: SELECT.link }),
    // A repost's first actor is the original author; the page's own posts (even with a share inside) start with the page.
    repost: !isOwnPage(update.querySelector(SELECT.actorLink), ownPage) || undefined,
    reactions: countFrom(update.querySelector(SELECT.reactionsCount)?.textContent, locale),
    comments: countFrom(labels.find((label) => COMMENTS.test(label)), locale),
    shares: countFrom(labels.find((label) => REPOSTS.test(label)), locale),
  };
}

/**
 * An activity id's top 41 bits are its creation time in epoch ms. For a repost the activity is the
 * repost itself, so this is when the page reposted, never the original post's date.
 */
function activityTime(id: string): Pick<ObservedPost, 'publishedAt' | 'precision'> {
  if (!/^\d{15,20}$/.test(id)) return {};
  return { publishedAt: Number(BigInt(id) >> 22n), precision: 'second' };
}
