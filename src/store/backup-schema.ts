import { codePointLength } from '../code-points';
import { DAY_MS } from '../insights/day';
import { isPlainObject } from '../plain-object';
import { isOnPageSite, isPostUrlOf } from '../sites/page-site';
import { DATE_PRECISIONS, POST_KINDS, SITE_IDS } from '../sites/types';
import { isMinuteOfDay, PAGE_ROLES, pageIdOf, type FollowerSample, type IdeaRecord, type PageRecord, type PostRecord, type Settings } from './db';
import { isGoalDays, MAX_GOAL_DAYS } from './goal';
import { isPlausibleInstant } from './instants';
import { isValidHandle, parsePageId } from './page-id';

/**
 * The shape a backup file must have, checked field by field before anything is stored.
 * Records are rebuilt from the fields named here, so unknown fields in a file are dropped.
 */

/**
 * Caps that keep a hostile or broken file from exhausting the popup's memory or the disk. An
 * exported post is about 450 characters, so the post cap fits the file cap; both are well above
 * 20 pages over 5 years (≈100k posts, ≈36k samples, ≈50 MB).
 */
export const BACKUP_LIMITS = {
  /** Checked on the file's size before it is read (an exported file is mostly ASCII: bytes ≈ characters). */
  fileBytes: 160 * 1024 * 1024,
  fileChars: 160 * 1024 * 1024,
  pages: 1_000,
  posts: 300_000,
  followers: 300_000,
  ideas: 100_000,
} as const;

/** Codes the UI turns into messages; a refusal's `detail` says which field or what number, in English. */
export type ImportErrorCode =
  | 'too-large' // the file or one of its lists is over a limit
  | 'not-json' // not a JSON file at all
  | 'truncated' // JSON cut short: an incomplete download or copy
  | 'not-backup' // JSON, but not an Animateur backup
  | 'newer-version' // made by a newer Animateur than this one
  | 'invalid' // an Animateur backup with a wrong or missing field
  | 'store-failed'; // the file was fine but the database refused the write (full disk…)

export class BackupRefusal extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly detail: string,
  ) {
    super(detail);
  }
}

type Check<T> = (value: unknown, path: string) => T;

function refuse(path: string, what: string): never {
  throw new BackupRefusal('invalid', `${path}: ${what}`);
}

const text =
  (max: number): Check<string> =>
  (value, path) => {
    if (typeof value !== 'string') refuse(path, 'expected text');
    // Characters, as the worker and the adapters count them.
    if (codePointLength(value) > max) refuse(path, `longer than ${max} characters`);
    return value;
  };

/** A date the worker would have stored: from 2003 to a day ahead of now, so every one formats and counts. */
const instant: Check<number> = (value, path) =>
  isPlausibleInstant(value, Date.now()) ? value : refuse(path, 'expected a date as epoch milliseconds, from 2003 to today');

/** A snooze's end lies ahead, within the year. */
const SNOOZE_HORIZON_MS = 366 * DAY_MS;
const until: Check<number> = (value, path) =>
  isPlausibleInstant(value, Date.now() + SNOOZE_HORIZON_MS) ? value : refuse(path, 'expected a date as epoch milliseconds, within a year');

/** Counts as the worker takes them: whole numbers. */
const amount: Check<number> = (value, path) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : refuse(path, 'expected a whole number ≥ 0');

const goalDays: Check<number> = (value, path) => (isGoalDays(value) ? value : refuse(path, `expected whole days from 1 to ${MAX_GOAL_DAYS}`));

const flag: Check<boolean> = (value, path) => (typeof value === 'boolean' ? value : refuse(path, 'expected true or false'));

const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (value, path) =>
    values.includes(value as T) ? (value as T) : refuse(path, `expected one of ${values.join(', ')}`);

const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : check(value, path);

const listOf =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) refuse(path, 'expected a list');
    if (value.length > max) throw new BackupRefusal('too-large', `${path}: ${value.length} records, at most ${max}`);
    return value.map((entry, i) => item(entry, `${path}[${i}]`));
  };

const shaped =
  <T>(shape: { [K in keyof T]-?: Check<T[K]> }): Check<T> =>
  (value, path) => {
    if (!isPlainObject(value)) refuse(path, 'expected a record');
    const record: Partial<T> = {};
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const field = shape[key](value[key], `${path}.${key}`);
      if (field !== undefined) record[key] = field;
    }
    return record as T;
  };

const id = text(200);

/** A page id the worker could have made (see isValidHandle); others could be neither shown nor deleted. */
const pageId: Check<string> = (value, path) => (parsePageId(value) ? (value as string) : refuse(path, 'expected a page id, site:handle'));

const page = shaped<PageRecord>({
  id: pageId,
  site: oneOf(SITE_IDS),
  handle: id,
  name: optional(text(300)),
  url: text(2048),
  role: oneOf(PAGE_ROLES),
  trackedAt: instant,
  goalDays: optional(goalDays),
  muted: optional(flag),
  lastMissing: optional(listOf(text(100), 50)),
  gave: optional(listOf(text(100), 50)),
  lastHidden: optional(listOf(text(100), 50)),
  intake: optional(shaped<NonNullable<PageRecord['intake']>>({ since: instant, count: amount })),
});

const post = shaped<PostRecord>({
  pageId,
  postId: id,
  url: optional(text(2048)),
  publishedAt: optional(instant),
  precision: optional(oneOf(DATE_PRECISIONS)),
  text: optional(text(2000)),
  kind: optional(oneOf(POST_KINDS)),
  pinned: optional(flag),
  repost: optional(flag),
  reactions: optional(amount),
  comments: optional(amount),
  shares: optional(amount),
  // Derived, recomputed on import: whatever the file says is not trusted.
  ownAt: () => undefined,
  firstSeenAt: instant,
  lastSeenAt: instant,
  source: oneOf(['read', 'manual']),
});

const follower = shaped<FollowerSample>({ pageId, at: instant, count: amount, exact: flag, shown: text(64) });

const idea = shaped<IdeaRecord>({
  pageId,
  ideaId: id,
  state: oneOf(['shown', 'done', 'drafted', 'dismissed', 'snoozed']),
  at: instant,
  until: optional(until),
});

const minuteOfDay: Check<number> = (value, path) =>
  isMinuteOfDay(value) ? value : refuse(path, 'expected a minute of the day, 0 to 1439');

const settings = shaped<Settings>({ remindersEnabled: flag, quietStart: minuteOfDay, quietEnd: minuteOfDay });

export interface BackupData {
  pages: PageRecord[];
  posts: PostRecord[];
  followers: FollowerSample[];
  ideas: IdeaRecord[];
  settings?: Settings;
}

const data = shaped<BackupData>({
  pages: listOf(page, BACKUP_LIMITS.pages),
  posts: listOf(post, BACKUP_LIMITS.posts),
  followers: listOf(follower, BACKUP_LIMITS.followers),
  ideas: listOf(idea, BACKUP_LIMITS.ideas),
  settings: optional(settings),
});

/** The backup's data, every record checked and every record tied to a page of the same file. */
export function readBackupData(value: unknown): BackupData {
  const checked = data(value, 'data');
  const pages = new Map<string, PageRecord>();
  checked.pages.forEach((p, i) => {
    if (!isValidHandle(p.site, p.handle) || p.id !== pageIdOf(p.site, p.handle)) refuse(`data.pages[${i}].id`, `expected ${pageIdOf(p.site, p.handle)}`);
    // The popup links to it and a reminder opens it: an https address on the page's own site only.
    if (!isOnPageSite(p.url, p.site, p.handle)) refuse(`data.pages[${i}].url`, `expected an https address on ${p.site}`);
    pages.set(p.id, p);
  });
  for (const store of ['posts', 'followers', 'ideas'] as const) {
    checked[store].forEach((record, i) => {
      if (!pages.has(record.pageId)) refuse(`data.${store}[${i}].pageId`, `${record.pageId} is not a page of this file`);
    });
  }
  checked.posts.forEach((p, i) => {
    const { site, handle } = pages.get(p.pageId)!;
    if (p.url !== undefined && !isPostUrlOf(p.url, site, handle)) refuse(`data.posts[${i}].url`, `expected an https address on ${site}`);
  });
  return checked;
}
