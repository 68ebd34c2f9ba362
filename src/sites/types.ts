/**
 * The contract between site adapters and the rest of the extension (see DESIGN.md).
 * Adapters are pure: they read a Document and return what it shows, never throwing.
 */
export type SiteId = 'facebook' | 'x' | 'instagram' | 'mastodon' | 'bluesky' | 'linkedin' | 'youtube';

export const SITE_IDS: readonly SiteId[] = [
  'facebook',
  'x',
  'instagram',
  'mastodon',
  'bluesky',
  'linkedin',
  'youtube',
];

export interface SiteAdapter {
  site: SiteId;
  matches(url: URL): boolean;
  /**
   * Reads what the page shows now. null: not a page we can track (feed, search, login wall).
   * With `postRoots` (nodes just added to the page), only the posts in or around them are read,
   * so following an infinite scroll costs in proportion to what was added, not to the page.
   */
  observe(doc: Document, url: URL, now: Date, postRoots?: Iterable<Node>): Observation | null;
  /** Attributes that, when they change on an element, mean its post must be read again. */
  watchedAttributes?: readonly string[];
  /**
   * The admin's own page may show as a visitor's view (Facebook: until they switch into their
   * Page, no admin control is drawn), so the on-page offer is made there too.
   */
  visitorMayOwn?: true;
  /**
   * Present when observe leaves the dates a page writes as text unread (ObservedPost.shownDates),
   * and maybe its counts (Facebook: ObservedPost.shownCounts, Observation.shownFollowers), so that
   * a content script need not carry the parsers and their locale tables (most of a script): gives
   * the observation with those texts read by `readDate` and `readCount`, and what the adapter
   * judges of them (hidden, missing) once they are known.
   */
  settleTexts?(observation: Observation, readDate: ReadDate, fullRead: boolean, readCount: ReadCount): Observation;
}

/** A post date as the date parser reads a text in a locale; undefined when it reads none. */
export type ReadDate = (text: string, locale: string) => PostDate | undefined;
/** A count as the count parser reads a text ("1,2 k" → 1200, not exact). */
export type ShownCount = { value: number; exact: boolean };
/** The count parser wherever it runs (the worker, for a content script); undefined when it reads none. */
export type ReadCount = (text: string, locale: string) => ShownCount | undefined;
export type PostDate = { publishedAt: number; precision: DatePrecision };

export interface Observation {
  site: SiteId;
  /** handle: stable, lower-case. */
  page: { handle: string; name?: string; url: string };
  /** The signed-in user runs this page (edit/manage controls visible). */
  ownerView: boolean;
  /** shown: the text as displayed. */
  followers?: { count: number; exact: boolean; shown: string };
  posts: ObservedPost[];
  /** What the adapter expected but could not read (a drifted page); empty when all was read. */
  missing?: string[];
  /**
   * What the site hides on this page by design ("post.date": Facebook draws some dates so that
   * they cannot be read): said calmly, with the manual entry, never as a page that changed.
   */
  hidden?: string[];
  /**
   * The follower count's texts, not read yet (Facebook's content script, whose counts the worker
   * reads): the first exact count of `texts` wins, else their first count, else the first of
   * `intro`'s; `shown` is what the header shows. Only between observe and settleTexts. Never sent.
   */
  shownFollowers?: { locale: string; texts: string[]; intro: string[]; shown?: string };
}

export type DatePrecision = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';
/** Finest first. */
export const DATE_PRECISIONS: readonly DatePrecision[] = ['second', 'minute', 'hour', 'day', 'month', 'year'];
export type PostKind = 'text' | 'photo' | 'video' | 'link' | 'poll' | 'event' | 'other';
export const POST_KINDS: readonly PostKind[] = ['text', 'photo', 'video', 'link', 'poll', 'event', 'other'];

export interface ObservedPost {
  id: string;
  url?: string;
  /** epoch ms */
  publishedAt?: number;
  precision?: DatePrecision;
  /** at most 280 characters */
  text?: string;
  kind?: PostKind;
  pinned?: boolean;
  /** A repost of someone else's post is not the page's own status. */
  repost?: boolean;
  reactions?: number;
  comments?: number;
  shares?: number;
  /**
   * The texts the page wrote as this post's date ("2 h", an accessible label), in the page's
   * locale, not read yet: only between an adapter's observe and its settleTexts. Never sent.
   */
  shownDates?: { locale: string; texts: string[] };
  /**
   * The texts of its counts, not read yet, as shownDates: each reaction button's number, one list
   * per read of the post (the first list that reads adds up), the comments and the shares lines
   * (the first that reads as a count). Only between observe and settleTexts. Never sent.
   */
  shownCounts?: { locale: string; reactions: string[][]; comments: string[]; shares: string[] };
}
