import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DatePrecision, PostKind, SiteId } from '../sites/types';

import type { PageId } from './page-id';

export type { PageId };
export type PageRole = 'mine' | 'watch';

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
  /** What the adapter could not read on the last visit (a drifted page); empty when all was read. */
  lastMissing?: string[];
}

export interface PostRecord {
  pageId: PageId;
  postId: string;
  url?: string;
  /** epoch ms; absent when the page showed no readable date. */
  publishedAt?: number;
  precision?: DatePrecision;
  text?: string;
  kind?: PostKind;
  pinned?: boolean;
  repost?: boolean;
  reactions?: number;
  comments?: number;
  shares?: number;
  firstSeenAt: number;
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

export type IdeaState = 'shown' | 'done' | 'dismissed' | 'snoozed';

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
    indexes: { byPublished: [PageId, number] };
  };
  followers: { key: [PageId, number]; value: FollowerSample };
  ideas: { key: [PageId, string]; value: IdeaRecord };
  settings: { key: 'settings'; value: Settings };
}

export type Db = IDBPDatabase<AnimateurDB>;

export const DB_NAME = 'animateur';
export const DB_VERSION = 1;

/**
 * Opens (and upgrades) the database. Each schema change is one numbered step below, so a
 * database made by any earlier version walks through every step it missed.
 */
export function openDb(
  name = DB_NAME,
  events: { onBlocking?: () => void; onTerminated?: () => void } = {},
): Promise<Db> {
  return openDB<AnimateurDB>(name, DB_VERSION, {
    blocking: events.onBlocking,
    terminated: events.onTerminated,
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('pages', { keyPath: 'id' });
        const posts = db.createObjectStore('posts', { keyPath: ['pageId', 'postId'] });
        posts.createIndex('byPublished', ['pageId', 'publishedAt']);
        db.createObjectStore('followers', { keyPath: ['pageId', 'at'] });
        db.createObjectStore('ideas', { keyPath: ['pageId', 'ideaId'] });
        db.createObjectStore('settings');
      }
    },
  });
}
