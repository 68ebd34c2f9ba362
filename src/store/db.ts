import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type StoreNames } from 'idb';
import type { ObservedPost, SiteId } from '../sites/types';
import type { ChartWeek } from './chart-weeks';

// The id lives in its own module so that UI code can build one without loading idb.
import { pageIdOf, pageRange, type PageId } from './page-id';
import { refreshSummary, summaryPost } from './summaries';
export type { PageId };
export type PageRole = 'mine' | 'watch';
export const PAGE_ROLES: readonly PageRole[] = ['mine', 'watch'];

export interface PageRecord {
  id: PageId;
  site: SiteId;
  handle: string;
  name?: string;
  /** Clean canonical URL of the page (no query string). */
  url: string;
  role: PageRole;
  trackedAt: number;
  /** Days between statuses the admin aims for; undefined: the platform's default. */
  goalDays?: number;
  /** No reminders for this page. */
  muted?: boolean;
  /**
   * What the last visit missed of what an earlier visit gave (a drifted page: "could not read");
   * absent when nothing drifted. Never set on the first visit.
   */
  lastMissing?: string[];
  /** Every field the page gave on some visit (givenFields): what drift is judged against. */
  gave?: string[];
  /** What the site hides on this page by design, as the last visit said (Observation.hidden). */
  lastHidden?: string[];
  /** New posts taken in the day that began at `since` (the worker's cap, see MAX_NEW_POSTS_PER_DAY). */
  intake?: { since: number; count: number };
}

/** A post as last read (ObservedPost's fields; publishedAt absent when no date was readable). */
export interface PostRecord extends Omit<ObservedPost, 'id' | 'shownDates' | 'shownCounts'> {
  pageId: PageId;
  postId: string;
  /** publishedAt of the page's own statuses only (not reposts): what `byOwnPublished` indexes. */
  ownAt?: number;
  firstSeenAt: number;
  /** Advanced when the post changes, or at most once a day while it stays the same. */
  lastSeenAt: number;
  /** 'manual': the admin said "I just posted"; such a record never overwrites a read date. */
  source: 'read' | 'manual';
}

export interface FollowerSample {
  pageId: PageId;
  at: number;
  count: number;
  exact: boolean;
  shown: string;
}

/**
 * What a summary keeps of an own post: what the cadence weighs. The popup's list reads every
 * page's summary at each opening; whole records (kind, counts, address, text) weighed three times as much.
 */
export type SummaryPost = Pick<PostRecord, 'pageId' | 'postId' | 'publishedAt' | 'precision' | 'source'>;

/**
 * What the popup's list, the badge and reminders need of one page, kept beside its history so that
 * reading it costs the same at a month or five years: written by every writer of the page's posts
 * and samples, in the same transaction (see refreshSummary).
 */
export interface PageSummary {
  pageId: PageId;
  /** The page's newest own posts (not reposts, dated), newest first, as `byOwnPublished` orders them. */
  ownPosts: SummaryPost[];
  latestFollowers?: FollowerSample;
  /** The time zone the page's weeks (the `weeks` store) were counted in; absent: none are kept (see chart-weeks.ts). */
  weeksZone?: string;
}

/** 'drafted': the admin opened a draft of it in the site's composer (it counts as done once a post follows). */
export type IdeaState = 'shown' | 'done' | 'drafted' | 'dismissed' | 'snoozed';

export interface IdeaRecord {
  pageId: PageId;
  ideaId: string;
  state: IdeaState;
  at: number;
  /** For 'snoozed': when the idea may come back. */
  until?: number;
}

export interface Settings {
  remindersEnabled: boolean;
  /** Minutes after midnight, local time; quiet when start > end wraps past midnight. */
  quietStart: number;
  quietEnd: number;
}

const MINUTES_A_DAY = 24 * 60;

/** A quiet-hours bound as stored: a whole minute after midnight, 0 to 1439. */
export function isMinuteOfDay(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < MINUTES_A_DAY;
}

export const DEFAULT_SETTINGS: Settings = {
  remindersEnabled: true,
  quietStart: 21 * 60,
  quietEnd: 8 * 60,
};

export interface AnimateurDB extends DBSchema {
  pages: { key: PageId; value: PageRecord };
  posts: {
    key: [PageId, string];
    value: PostRecord;
    indexes: { byPublished: [PageId, number]; byOwnPublished: [PageId, number] };
  };
  followers: { key: [PageId, number]; value: FollowerSample };
  ideas: { key: [PageId, string]; value: IdeaRecord };
  settings: { key: 'settings'; value: Settings };
  summaries: { key: PageId; value: PageSummary };
  weeks: { key: [PageId, number]; value: ChartWeek };
}

export type Db = IDBPDatabase<AnimateurDB>;

export const DB_NAME = 'animateur';
export const DB_VERSION = 5;

export interface OpenHooks {
  /**
   * This connection was closed under us: another context needs a newer version (we close so that
   * its upgrade is never wedged by us), or the browser closed it. Open again on next use.
   */
  closed?: () => void;
}

/**
 * Opens (and upgrades) the database. Each schema change is one numbered step below, so a
 * database made by any earlier version walks through every step it missed.
 */
export async function openDb(name = DB_NAME, hooks: OpenHooks = {}): Promise<Db> {
  const db: Db = await openDB<AnimateurDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('pages', { keyPath: 'id' });
        const posts = db.createObjectStore('posts', { keyPath: ['pageId', 'postId'] });
        posts.createIndex('byPublished', ['pageId', 'publishedAt']);
        db.createObjectStore('followers', { keyPath: ['pageId', 'at'] });
        db.createObjectStore('ideas', { keyPath: ['pageId', 'ideaId'] });
        db.createObjectStore('settings');
      }
      if (oldVersion < 2) {
        // The popup's "last own status" must not walk past a page's reposts one by one.
        const posts = tx.objectStore('posts');
        posts.createIndex('byOwnPublished', ['pageId', 'ownAt']);
        await deriveOwnAt(posts);
      }
      if (oldVersion < 3) {
        // The popup's list and the badge read one summary a page instead of walking each history.
        db.createObjectStore('summaries', { keyPath: 'pageId' });
        for (const pageId of await tx.objectStore('pages').getAllKeys()) await refreshSummary(tx, pageId);
      }
      if (oldVersion < 4) {
        // Summaries written whole by version 3 keep only what the cadence weighs of each post.
        const summaries = tx.objectStore('summaries');
        for (const summary of await summaries.getAll()) await summaries.put({ ...summary, ownPosts: summary.ownPosts.map(summaryPost) });
      }
      if (oldVersion < 5) {
        // The popup's chart reads a page's weeks instead of a quarter of its posts.
        db.createObjectStore('weeks', { keyPath: ['pageId', 'start'] });
        for (const pageId of await tx.objectStore('pages').getAllKeys()) await refreshSummary(tx, pageId);
      }
    },
    blocking() {
      db.close();
      hooks.closed?.();
    },
    terminated() {
      hooks.closed?.();
    },
  });
  return db;
}

async function deriveOwnAt(posts: IDBPObjectStore<AnimateurDB, StoreNames<AnimateurDB>[], 'posts', 'versionchange'>): Promise<void> {
  let cursor = await posts.openCursor();
  while (cursor) {
    const post = withOwnAt(cursor.value);
    if (post.ownAt !== undefined) await cursor.update(post);
    cursor = await cursor.continue();
  }
}

/** Sets the derived `ownAt` from `publishedAt` and `repost`; every post is stored through this. */
export function withOwnAt(post: PostRecord): PostRecord {
  const { ownAt: _stale, ...rest } = post;
  return post.repost || post.publishedAt === undefined ? rest : { ...rest, ownAt: post.publishedAt };
}

export { pageIdOf, pageRange };
