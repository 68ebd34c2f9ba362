/** Small readers every adapter shares: they turn what a page shows into what we store. */
import { firstCodePoints } from '../code-points';
import { MAX_LOCALE } from '../message-limits';
import { parseCount } from '../parse/count';
import { foldSpaces } from '../parse/locale-text';
import type { Observation, ObservedPost, PostKind } from './types';

export { postElements } from './post-elements';

const MAX_TEXT = 280;

/** Post text as stored: whitespace folded, at most 280 characters, undefined when empty. */
export function clip(text: string | null | undefined): string | undefined {
  const folded = text && foldSpaces(text);
  if (!folded) return undefined;
  return firstCodePoints(folded, MAX_TEXT) === folded ? folded : `${firstCodePoints(folded, MAX_TEXT - 1)}…`;
}

/** A permalink without tracking: query and fragment dropped (Facebook's __cft__, X's ?s=20 …). */
export function cleanUrl(href: string, base?: string): string | undefined {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.search = '';
    url.hash = '';
    return url.toString();
  } catch {
    return undefined;
  }
}

/**
 * The part of the page around `anchor` that holds no post: the profile header. Header fields
 * looked up there cost the header's size, not the timeline's, however far it has scrolled;
 * the whole document when there is no anchor (a drifted page).
 */
export function headerScope(doc: Document, anchor: Element | null, postSelector: string): ParentNode {
  if (!anchor) return doc;
  const holdsPost = (el: Element) => el.matches(postSelector) || el.querySelector(postSelector);
  if (holdsPost(anchor)) return anchor;
  // The scope holds no post: a step up looks through what it adds, the scope's siblings, not
  // through the scope again (the header walked once, not once per level).
  let scope = anchor;
  for (let up = scope.parentElement; up && up !== doc.body && ![...up.children].some((el) => el !== scope && holdsPost(el)); up = up.parentElement) {
    scope = up;
  }
  return scope;
}

/**
 * The language the page is rendered in, which is the one its numbers and dates are written in:
 * its <html lang>; on a page without one (older or not yet rendered), what the site's own data
 * says (`fromSite`), else its Open Graph locale ("es_ES"); English when nothing says. A tag
 * longer than any language's is none: the worker would refuse every text to read in it.
 */
export function pageLocale(doc: Document, fromSite?: () => string | undefined): string {
  const tag = (value: string | null | undefined) => (value && value.length <= MAX_LOCALE ? value : undefined);
  const declared = tag(doc.documentElement.getAttribute('lang')?.trim());
  if (declared) return declared;
  const ogLocale = doc.head?.querySelector('meta[property="og:locale"]')?.getAttribute('content')?.trim().replace('_', '-');
  return tag(fromSite?.()) || tag(ogLocale) || 'en';
}

/** A follower count read from displayed text ("1.1M followers", "12 k abonnés"). */
export function followersFrom(shown: string | null | undefined, locale: string): Observation['followers'] {
  const text = shown && foldSpaces(shown);
  const parsed = text ? parseCount(text, locale) : null;
  return parsed && text ? { count: parsed.value, exact: parsed.exact, shown: text } : undefined;
}

/**
 * The count a page gives exactly somewhere (a title, an aria-label: "1101177 followers") with
 * the text the admin sees ("1.1M"); without an exact one, what that text says.
 */
export function exactWithShown(exact: Observation['followers'], shown: string | undefined, locale: string): Observation['followers'] {
  return exact?.exact && shown ? { ...exact, shown } : followersFrom(shown, locale);
}

/** A count from a number written out in full, such as a title or aria-label attribute. */
export function countFrom(text: string | null | undefined, locale: string): number | undefined {
  const parsed = text ? parseCount(text, locale) : null;
  return parsed?.value;
}

export interface ProfileSchema {
  name?: string;
  /** The names the profile goes by in the schema (additionalName, alternateName), lower-case, no "@". */
  handles: string[];
  followers?: number;
}

/**
 * A schema.org ProfilePage (JSON-LD), which X and Bluesky both embed: the one place with the exact
 * follower count when the header shows "1.1M".
 */
export function readProfileSchema(script: Element | null): ProfileSchema | null {
  if (!script) return null;
  // The script is read on every batch of an infinite scroll: parse it once, not once a batch.
  const text = script.textContent ?? '';
  const known = parsedSchemas.get(script);
  if (known?.text === text) return known.schema;
  const schema = parseProfileSchema(text);
  parsedSchemas.set(script, { text, schema });
  return schema;
}

/** Keyed by the script, checked against its text: a client-side navigation may rewrite it in place. */
const parsedSchemas = new WeakMap<Element, { text: string; schema: ProfileSchema | null }>();

/**
 * JSON that a template wrote with raw line breaks inside its strings (Bluesky's "description":
 * "Writer⏎"), which JSON.parse refuses: outside strings a control character is only spacing, so
 * turning every one into a space keeps the meaning.
 */
function parseLenient(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return JSON.parse(json.replace(/[\u0000-\u001f]/g, ' '));
  }
}

function parseProfileSchema(json: string): ProfileSchema | null {
  if (!json) return null;
  try {
    const entity = (parseLenient(json) as { mainEntity?: Record<string, unknown> } | null)?.mainEntity;
    if (!entity || typeof entity !== 'object') return null;
    const stats: unknown = entity.interactionStatistic;
    const follows = Array.isArray(stats)
      ? (stats as { interactionType?: unknown; userInteractionCount?: unknown }[]).find((stat) =>
          String(stat?.interactionType ?? '').endsWith('/FollowAction'),
        )
      : undefined;
    const count = follows?.userInteractionCount;
    return {
      name: typeof entity.name === 'string' ? entity.name : undefined,
      handles: [entity.additionalName, entity.alternateName]
        .filter((name): name is string => typeof name === 'string')
        .map((name) => name.replace(/^@/, '').toLowerCase()),
      followers: typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : undefined,
    };
  } catch {
    return null;
  }
}

export type PostField = 'date' | 'text' | 'engagement';

/**
 * What a drifted page stopped showing in its posts: a date any post lacks (every post has one),
 * or text or engagement that no post has (one post may lack them, a whole page should not).
 */
export function missingFromPosts(posts: readonly ObservedPost[], expected: readonly PostField[]): string[] {
  if (posts.length === 0) return [];
  const lacks: Record<PostField, boolean> = {
    date: posts.some((post) => post.publishedAt === undefined),
    text: posts.every((post) => post.text === undefined),
    engagement: posts.every((post) => post.reactions === undefined && post.comments === undefined && post.shares === undefined),
  };
  return expected.filter((field) => lacks[field]).map((field) => `post.${field}`);
}

/** A post's kind: the first whose selector matches inside it, in the order given (a poll with a photo is a poll). */
export function kindFrom(post: Element, selectors: KindSelectors): PostKind {
  // One walk of the post for every kind's marker, then the kinds tested, in order, on what it found.
  return kindAmong([...post.querySelectorAll(kindMarkers(selectors))], selectors);
}

type KindSelectors = Partial<Record<Exclude<PostKind, 'text'>, string>>;

/** One selector for the markers of every kind. */
export const kindMarkers = (selectors: KindSelectors): string => Object.values(selectors).join(', ');

/** The first kind, in the selectors' order, that one of a post's markers shows. */
export function kindAmong(markers: Element[], selectors: KindSelectors): PostKind {
  const kinds = Object.keys(selectors) as (keyof KindSelectors)[];
  return kinds.find((kind) => markers.some((el) => el.matches(selectors[kind]!))) ?? 'text';
}

/** The URL's path segments, decoded; none when the path holds a malformed escape ("%E0%A4"). */
export function pathSegments(url: URL): string[] {
  try {
    return url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return [];
  }
}
